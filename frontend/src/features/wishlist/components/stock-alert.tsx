'use client';

// "Email me when it's back" beside a sold-out product (or the sold-out variant chosen): a signed-in
// customer asks for the email or cancels it; a guest is asked to sign in first.
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useState } from 'react';
import toast from 'react-hot-toast';
import { BellAlertIcon } from '@heroicons/react/24/outline';
import { Button } from '@/components/ui/button';
import { useAuthStore } from '@/features/account/store';
import { cancelAlert, isAlertSubscribed, subscribeAlert } from '@/features/wishlist/api';
import { errorMessage } from '@/lib/api-error';
import { useRemote } from '@/lib/use-remote';

interface StockAlertProps {
  productId: number;
  /** The variant waited for, for a product with variants. */
  variantId?: number | null;
}

function SubscriberAlert({ productId, variantId = null }: StockAlertProps) {
  const alert = useRemote(`stock-alert-${productId}-${variantId ?? 'product'}`, () =>
    isAlertSubscribed(productId, variantId),
  );
  const [busy, setBusy] = useState(false);

  const change = async (subscribe: boolean) => {
    setBusy(true);
    try {
      if (subscribe) {
        alert.setData(await subscribeAlert(productId, variantId));
      } else {
        await cancelAlert(productId, variantId);
        alert.setData(false);
      }
    } catch (error: unknown) {
      toast.error(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  if (alert.data === null) return null;
  if (alert.data) {
    return (
      <div className="flex flex-wrap items-center gap-3">
        <p className="flex items-center gap-2 text-sm font-medium text-slate-800">
          <BellAlertIcon className="h-5 w-5 text-brand-700" aria-hidden="true" />
          We&apos;ll email you when it&apos;s back
        </p>
        <Button variant="secondary" size="sm" loading={busy} onClick={() => void change(false)}>
          Cancel alert
        </Button>
      </div>
    );
  }
  return (
    <Button
      variant="secondary"
      loading={busy}
      onClick={() => void change(true)}
      icon={BellAlertIcon}
    >
      Email me when it&apos;s back
    </Button>
  );
}

export function StockAlert({ productId, variantId = null }: StockAlertProps) {
  const initialized = useAuthStore((state) => state.initialized);
  const signedIn = useAuthStore((state) => state.isAuthenticated);
  const pathname = usePathname();

  if (!initialized) return null;
  return (
    <div className="mt-4" data-testid="stock-alert">
      {signedIn ? (
        <SubscriberAlert productId={productId} variantId={variantId} />
      ) : (
        <Link
          href={`/login?next=${encodeURIComponent(pathname)}`}
          className="text-sm font-medium text-brand-700 hover:text-brand-800"
        >
          Sign in to get an email when it&apos;s back
        </Link>
      )}
    </div>
  );
}

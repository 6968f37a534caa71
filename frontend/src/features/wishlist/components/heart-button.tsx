'use client';

// The heart that saves a product to the signed-in customer's wishlist (product cards and page);
// a guest who clicks it is sent to sign in and brought back.
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import toast from 'react-hot-toast';
import { HeartIcon as HeartOutlineIcon } from '@heroicons/react/24/outline';
import { HeartIcon as HeartSolidIcon } from '@heroicons/react/24/solid';
import { loginPathWithReturn } from '@/components/layout/app-providers';
import { sessionKnown, useAuthStore } from '@/features/account/store';
import { useWishlistStore } from '@/features/wishlist/store';
import { errorMessage } from '@/lib/api-error';

/** Reads the saved ids once the customer is signed in (the store shares one request). */
function useSavedIdsLoaded(): void {
  const signedIn = useAuthStore((state) => state.isAuthenticated);
  const loaded = useWishlistStore((state) => state.loaded);
  const load = useWishlistStore((state) => state.load);
  useEffect(() => {
    if (signedIn && !loaded) {
      load().catch((error: unknown) => toast.error(errorMessage(error), { id: 'wishlist-load' }));
    }
  }, [signedIn, loaded, load]);
}

export function HeartButton({
  productId,
  productName,
  size = 'md',
  className = '',
}: {
  productId: number;
  productName: string;
  /** 'md' on cards, 'lg' beside Add to cart. */
  size?: 'md' | 'lg';
  className?: string;
}) {
  useSavedIdsLoaded();
  const router = useRouter();
  const saved = useWishlistStore((state) => state.savedIds.includes(productId));
  const toggle = useWishlistStore((state) => state.toggle);

  const onClick = async () => {
    if (!(await sessionKnown())) {
      router.push(loginPathWithReturn());
      return;
    }
    try {
      await toggle(productId);
    } catch (error: unknown) {
      toast.error(errorMessage(error));
    }
  };

  const Icon = saved ? HeartSolidIcon : HeartOutlineIcon;
  const box = size === 'lg' ? 'h-12 w-12' : 'h-10 w-10';
  return (
    <button
      type="button"
      aria-pressed={saved}
      aria-label={
        saved ? `Remove ${productName} from your wishlist` : `Save ${productName} to your wishlist`
      }
      onClick={() => void onClick()}
      className={`grid ${box} place-items-center rounded-full border border-slate-200 bg-white/90 shadow-sm transition-colors hover:text-red-600 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 ${saved ? 'text-red-600' : 'text-slate-700'} ${className}`}
    >
      <Icon className="h-6 w-6" aria-hidden="true" />
    </button>
  );
}

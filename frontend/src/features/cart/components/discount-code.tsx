'use client';

// The cart's discount code: a field to apply one (the API's reason for refusing a code shows under
// it), or the code applied with a button that removes it and, when it no longer applies, why. A
// guest is asked to sign in first: codes belong to a customer's cart.
import Link from 'next/link';
import { useState } from 'react';
import toast from 'react-hot-toast';
import { ExclamationTriangleIcon } from '@heroicons/react/24/outline';
import { notBlank } from '@/components/forms/field-rules';
import { FormShell } from '@/components/forms/form-shell';
import { TextField } from '@/components/forms/text-field';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';
import { useAuthStore } from '@/features/account/store';
import { formatDiscountValue } from '@/features/cart/discount';
import { useCartStore } from '@/features/cart/store';
import type { CartDiscount } from '@/features/cart/types';
import { errorMessage } from '@/lib/api-error';

interface CodeValues {
  code: string;
}

const CODE_FIELDS = ['code'] as const;

function ApplyCodeForm() {
  const applyDiscount = useCartStore((state) => state.applyDiscount);
  const form = useServerForm<CodeValues>({ defaultValues: { code: '' }, fields: CODE_FIELDS });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = async ({ code }: CodeValues) => {
    await applyDiscount(code.trim());
    form.reset();
    toast.success(`Discount code ${code.trim().toUpperCase()} applied.`);
  };

  return (
    <FormShell form={form} onSubmit={onSubmit} className="space-y-2">
      <div className="flex items-start gap-2">
        <TextField
          label="Discount code"
          className="flex-1"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          error={errors.code?.message}
          {...form.register('code', { validate: notBlank('Enter a discount code.') })}
        />
        <Button type="submit" variant="secondary" className="mt-6" loading={isSubmitting}>
          Apply
        </Button>
      </div>
    </FormShell>
  );
}

function AppliedCode({ discount }: { discount: CartDiscount }) {
  const removeDiscount = useCartStore((state) => state.removeDiscount);
  const [busy, setBusy] = useState(false);

  const onRemove = async () => {
    setBusy(true);
    try {
      await removeDiscount();
      toast.success(`Discount code ${discount.code} removed.`);
    } catch (error: unknown) {
      toast.error(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="space-y-2" data-testid="applied-discount">
      <div className="flex items-center justify-between gap-2 text-sm">
        <p>
          Code <strong className="font-mono">{discount.code}</strong>{' '}
          <span className="text-slate-600">({formatDiscountValue(discount.value)} off)</span>
        </p>
        <Button
          variant="ghost"
          size="sm"
          loading={busy}
          onClick={() => void onRemove()}
          aria-label={`Remove discount code ${discount.code}`}
        >
          Remove
        </Button>
      </div>
      {discount.applicable ? null : (
        <p
          role="status"
          className="flex gap-2 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          <ExclamationTriangleIcon className="h-5 w-5 shrink-0" aria-hidden="true" />
          {discount.reason ?? 'This code does not apply to your cart.'}
        </p>
      )}
    </div>
  );
}

export function DiscountCode() {
  const isAuthenticated = useAuthStore((state) => state.isAuthenticated);
  const discount = useCartStore((state) => state.discount);

  if (!isAuthenticated) {
    return (
      <p className="text-sm">
        <Link href="/login?next=%2Fcart" className="font-medium text-brand-700 underline">
          Sign in to use a discount code
        </Link>
      </p>
    );
  }
  return discount ? <AppliedCode discount={discount} /> : <ApplyCodeForm />;
}

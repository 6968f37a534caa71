'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import toast from 'react-hot-toast';
import { ShoppingBagIcon } from '@heroicons/react/24/outline';
import { TextField } from '@/components/forms/text-field';
import { TextareaField } from '@/components/forms/textarea-field';
import { applyServerErrors } from '@/components/forms/server-errors';
import { Alert } from '@/components/ui/alert';
import { Button, buttonClasses } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { useAuthStore } from '@/features/account/store';
import { CartSkeleton } from '@/features/cart/components/cart-view';
import { useCartStore } from '@/features/cart/store';
import { placeOrder } from '@/features/checkout/api';
import { cartFingerprint, checkoutAttempt } from '@/features/checkout/idempotency-key';
import type { CheckoutInput } from '@/features/checkout/types';
import { toApiError } from '@/lib/api-error';
import { formatCents } from '@/lib/money';

type CheckoutValues = Required<CheckoutInput>;

const FIELDS = [
  'customer_name',
  'customer_email',
  'customer_phone',
  'shipping_address',
  'shipping_city',
  'shipping_state',
  'shipping_postal_code',
  'shipping_country',
  'notes',
] as const;

function optional(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

export function CheckoutForm() {
  const router = useRouter();
  const user = useAuthStore((state) => state.user);
  const items = useCartStore((state) => state.items);
  const loaded = useCartStore((state) => state.loaded);
  const subtotal = useCartStore((state) => state.getTotal());
  const fetchCart = useCartStore((state) => state.fetchCart);
  const [formError, setFormError] = useState<string | null>(null);
  const [placed, setPlaced] = useState(false);
  const inFlight = useRef(false);

  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<CheckoutValues>({
    defaultValues: {
      customer_name: user?.full_name ?? '',
      customer_email: user?.email ?? '',
      customer_phone: '',
      shipping_address: '',
      shipping_city: '',
      shipping_state: '',
      shipping_postal_code: '',
      shipping_country: '',
      notes: '',
    },
  });

  const onSubmit = async (values: CheckoutValues) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setFormError(null);
    // One key per checkout attempt: every click and every retry of the same cart reuses it.
    const idempotencyKey = checkoutAttempt.keyFor(cartFingerprint(items));
    try {
      const order = await placeOrder(
        {
          customer_name: values.customer_name.trim(),
          customer_email: values.customer_email.trim(),
          customer_phone: optional(values.customer_phone),
          shipping_address: values.shipping_address.trim(),
          shipping_city: values.shipping_city.trim(),
          shipping_state: optional(values.shipping_state),
          shipping_postal_code: values.shipping_postal_code.trim(),
          shipping_country: values.shipping_country.trim(),
          notes: optional(values.notes),
        },
        idempotencyKey,
      );
      checkoutAttempt.finish();
      setPlaced(true);
      useCartStore.setState({ items: [] });
      toast.success(`Order ${order.order_number} placed. Thank you!`);
      router.push(`/orders/${order.id}/confirmation`);
    } catch (error: unknown) {
      const apiError = toApiError(error);
      // A definite refusal means no order was made: the next attempt gets a fresh key. After a
      // network failure or a 5xx the order may exist, so the retry must carry the same key.
      if (apiError.status >= 400 && apiError.status < 500) {
        checkoutAttempt.finish();
      }
      if (apiError.status === 409 || apiError.status === 400) {
        await fetchCart().catch((refetchError: unknown) =>
          console.warn('Cart refresh failed', refetchError),
        );
      }
      setFormError(applyServerErrors(error, setError, FIELDS));
    } finally {
      inFlight.current = false;
    }
  };

  if (!loaded) return <CartSkeleton />;

  if (items.length === 0 && !placed) {
    return (
      <EmptyState
        icon={ShoppingBagIcon}
        title="Your cart is empty"
        action={
          <Link href="/products" className={buttonClasses()}>
            Continue shopping
          </Link>
        }
      >
        Add something to your cart before checking out.
      </EmptyState>
    );
  }

  const required = { required: 'This field is required.' };
  return (
    <form
      onSubmit={handleSubmit(onSubmit)}
      noValidate
      className="grid gap-8 lg:grid-cols-[1fr_22rem]"
    >
      <div className="space-y-8">
        {formError ? <Alert tone="error">{formError}</Alert> : null}
        <fieldset className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
          <legend className="px-1 text-lg font-semibold">Contact</legend>
          <div className="mt-2 grid gap-4 sm:grid-cols-2">
            <TextField
              label="Full name"
              autoComplete="name"
              required
              error={errors.customer_name?.message}
              {...register('customer_name', {
                ...required,
                maxLength: { value: 200, message: 'Use at most 200 characters.' },
              })}
            />
            <TextField
              label="Email"
              type="email"
              autoComplete="email"
              required
              error={errors.customer_email?.message}
              {...register('customer_email', {
                ...required,
                pattern: {
                  value: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
                  message: 'Enter a valid email address.',
                },
              })}
            />
            <TextField
              label="Phone"
              type="tel"
              autoComplete="tel"
              hint="Optional, for delivery questions."
              error={errors.customer_phone?.message}
              {...register('customer_phone')}
            />
          </div>
        </fieldset>

        <fieldset className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
          <legend className="px-1 text-lg font-semibold">Shipping address</legend>
          <div className="mt-2 grid gap-4 sm:grid-cols-2">
            <TextField
              className="sm:col-span-2"
              label="Street address"
              autoComplete="street-address"
              required
              error={errors.shipping_address?.message}
              {...register('shipping_address', required)}
            />
            <TextField
              label="City"
              autoComplete="address-level2"
              required
              error={errors.shipping_city?.message}
              {...register('shipping_city', required)}
            />
            <TextField
              label="State / region"
              autoComplete="address-level1"
              error={errors.shipping_state?.message}
              {...register('shipping_state')}
            />
            <TextField
              label="Postal code"
              autoComplete="postal-code"
              required
              error={errors.shipping_postal_code?.message}
              {...register('shipping_postal_code', required)}
            />
            <TextField
              label="Country"
              autoComplete="country-name"
              required
              error={errors.shipping_country?.message}
              {...register('shipping_country', required)}
            />
            <TextareaField
              className="sm:col-span-2"
              label="Delivery notes (optional)"
              rows={3}
              error={errors.notes?.message}
              {...register('notes', {
                maxLength: { value: 1000, message: 'Use at most 1000 characters.' },
              })}
            />
          </div>
        </fieldset>
      </div>

      <section
        aria-labelledby="checkout-summary-heading"
        className="h-fit rounded-lg border border-slate-200 bg-white p-6"
      >
        <h2 id="checkout-summary-heading" className="text-lg font-semibold">
          Order summary
        </h2>
        <ul className="mt-4 divide-y divide-slate-200 text-sm">
          {items.map((item) => (
            <li key={item.id} className="flex justify-between gap-3 py-2">
              <span>
                {item.product.name} <span className="text-slate-600">× {item.quantity}</span>
              </span>
              <span className="whitespace-nowrap">
                {formatCents(item.line_total_cents)}
              </span>
            </li>
          ))}
        </ul>
        <div className="mt-4 flex justify-between border-t border-slate-200 pt-4 text-base font-semibold">
          <span>Total</span>
          <span data-testid="checkout-total">{formatCents(subtotal)}</span>
        </div>
        <Button
          type="submit"
          size="lg"
          className="mt-6 w-full"
          loading={isSubmitting || placed}
          disabled={placed}
        >
          Place order
        </Button>
        <p className="mt-3 text-center text-xs text-slate-600">
          You can cancel your order while it is still pending.
        </p>
      </section>
    </form>
  );
}

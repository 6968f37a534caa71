'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import toast from 'react-hot-toast';
import { FormAlert } from '@/components/forms/form-alert';
import { useServerForm } from '@/components/forms/use-server-form';
import { useAuthStore } from '@/features/account/store';
import { createAddress } from '@/features/addresses/api';
import { CartSkeleton } from '@/features/cart/components/cart-view';
import { EmptyCart } from '@/features/cart/components/empty-cart';
import { useCartStore, useCartTotals } from '@/features/cart/store';
import { placeOrder } from '@/features/checkout/api';
import {
  CHECKOUT_FIELDS,
  ContactFieldset,
  ShippingFieldset,
  type CheckoutValues,
} from '@/features/checkout/components/checkout-fields';
import { CheckoutSummary } from '@/features/checkout/components/checkout-summary';
import {
  SaveAddressOption,
  SavedAddressSelect,
} from '@/features/checkout/components/saved-address-fields';
import { useSavedAddress } from '@/features/checkout/components/use-saved-address';
import { cartFingerprint, checkoutAttempt } from '@/features/checkout/idempotency-key';
import { addressInputOf } from '@/features/checkout/saved-address';
import { errorMessage, toApiError } from '@/lib/api-error';

function optional(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

export function CheckoutForm() {
  const router = useRouter();
  const user = useAuthStore((state) => state.user);
  const items = useCartStore((state) => state.items);
  const loaded = useCartStore((state) => state.loaded);
  const totals = useCartTotals();
  const discount = useCartStore((state) => state.discount);
  const fetchCart = useCartStore((state) => state.fetchCart);
  const [placed, setPlaced] = useState(false);
  const inFlight = useRef(false);

  const {
    register,
    submit,
    setValue,
    resetField,
    formError,
    formState: { errors, isSubmitting },
  } = useServerForm<CheckoutValues>({
    fields: CHECKOUT_FIELDS,
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
  const savedAddress = useSavedAddress(setValue, resetField);

  /** Saves the new address the order went to, if asked; the order stands whatever happens. */
  const saveAddress = async (values: CheckoutValues) => {
    if (!savedAddress.canSave || !savedAddress.save) return;
    try {
      await createAddress(addressInputOf(values));
      toast.success('The address is saved in your address book.');
    } catch (error: unknown) {
      toast.error(`Your order is placed, but the address was not saved: ${errorMessage(error)}`);
    }
  };

  const onSubmit = async (values: CheckoutValues) => {
    if (inFlight.current) return;
    inFlight.current = true;
    // One key per checkout attempt: every click and every retry of the same cart reuses it.
    const idempotencyKey = checkoutAttempt.keyFor(cartFingerprint(items, discount?.code ?? null));
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
      useCartStore.setState({ items: [], discount: null, discountCents: 0 });
      toast.success(`Order ${order.order_number} placed. Thank you!`);
      await saveAddress(values);
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
      throw error;
    } finally {
      inFlight.current = false;
    }
  };

  if (!loaded) return <CartSkeleton />;

  if (items.length === 0 && !placed) {
    return (
      <EmptyCart shopLabel="Continue shopping">
        Add something to your cart before checking out.
      </EmptyCart>
    );
  }

  return (
    <form onSubmit={submit(onSubmit)} noValidate className="grid gap-8 lg:grid-cols-[1fr_22rem]">
      <div className="space-y-8">
        <FormAlert message={formError} />
        <ContactFieldset register={register} errors={errors} />
        <ShippingFieldset
          register={register}
          errors={errors}
          picker={<SavedAddressSelect choice={savedAddress} />}
          saveOption={<SaveAddressOption choice={savedAddress} />}
        />
      </div>
      <CheckoutSummary
        items={items}
        totals={totals}
        discount={discount}
        busy={isSubmitting}
        placed={placed}
      />
    </form>
  );
}

'use client';

import Link from 'next/link';
import { useState } from 'react';
import toast from 'react-hot-toast';
import { MinusIcon, PlusIcon } from '@heroicons/react/20/solid';
import { Button } from '@/components/ui/button';
import { useCartStore } from '@/features/cart/store';
import type { CartProduct, CartVariant } from '@/features/cart/types';
import { errorMessage } from '@/lib/api-error';

export function QuantityInput({
  value,
  max,
  onChange,
  label,
  id,
  disabled = false,
}: {
  value: number;
  max: number;
  onChange: (value: number) => void;
  label: string;
  id: string;
  disabled?: boolean;
}) {
  const clamp = (next: number) => Math.min(Math.max(1, next), Math.max(1, max));
  return (
    <div className="flex items-center">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <button
        type="button"
        className="grid h-11 w-11 place-items-center rounded-l-md border border-slate-300 bg-white text-slate-700 hover:bg-slate-50 disabled:text-slate-300"
        onClick={() => onChange(clamp(value - 1))}
        disabled={disabled || value <= 1}
        aria-label="Decrease quantity"
      >
        <MinusIcon className="h-4 w-4" aria-hidden="true" />
      </button>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={1}
        max={max}
        value={value}
        disabled={disabled}
        onChange={(event) => {
          const next = Number.parseInt(event.target.value, 10);
          if (Number.isInteger(next)) onChange(clamp(next));
        }}
        className="h-11 w-16 border-y border-slate-300 text-center text-base text-slate-900 [appearance:textfield] focus:outline-none focus:ring-2 focus:ring-brand-600/40 [&::-webkit-inner-spin-button]:appearance-none"
      />
      <button
        type="button"
        className="grid h-11 w-11 place-items-center rounded-r-md border border-slate-300 bg-white text-slate-700 hover:bg-slate-50 disabled:text-slate-300"
        onClick={() => onChange(clamp(value + 1))}
        disabled={disabled || value >= max}
        aria-label="Increase quantity"
      >
        <PlusIcon className="h-4 w-4" aria-hidden="true" />
      </button>
    </div>
  );
}

/**
 * Quantity and Add to cart for a product, or for one of its variants (`product` then holds the
 * variant's price and stock). `incomplete` while the customer has not chosen every option.
 */
export function AddToCart({
  product,
  variant = null,
  incomplete = false,
}: {
  product: CartProduct;
  variant?: CartVariant | null;
  incomplete?: boolean;
}) {
  const addToCart = useCartStore((state) => state.addToCart);
  const variantId = variant?.id ?? null;
  const inCart = useCartStore(
    (state) =>
      state.items.find((item) => item.product_id === product.id && item.variant_id === variantId)
        ?.quantity ?? 0,
  );
  const [quantity, setQuantity] = useState(1);
  const [busy, setBusy] = useState(false);
  const available = Math.max(0, product.stock_quantity - inCart);
  const soldOut = product.stock_quantity <= 0;

  const onAdd = async () => {
    setBusy(true);
    try {
      await addToCart(product, quantity, variant);
      toast.success(
        (toastItem) => (
          <span>
            Added {quantity} × {product.name}
            {variant ? ` (${variant.title})` : ''} to your cart.{' '}
            <Link
              href="/cart"
              className="font-semibold underline"
              onClick={() => toast.dismiss(toastItem.id)}
            >
              View cart
            </Link>
          </span>
        ),
        { id: 'added-to-cart' },
      );
      setQuantity(1);
    } catch (error: unknown) {
      toast.error(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  if (incomplete) {
    return (
      <Button size="lg" disabled className="w-full sm:w-auto">
        Add to cart
      </Button>
    );
  }

  if (soldOut) {
    return (
      <Button size="lg" disabled className="w-full sm:w-auto">
        Sold out
      </Button>
    );
  }

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        <QuantityInput
          id="quantity"
          label="Quantity"
          value={quantity}
          max={Math.max(1, available)}
          onChange={setQuantity}
          disabled={available === 0}
        />
        <Button
          size="lg"
          onClick={() => void onAdd()}
          loading={busy}
          disabled={available === 0}
          className="flex-1 sm:flex-none"
        >
          Add to cart
        </Button>
      </div>
      {inCart > 0 ? (
        <p className="text-sm text-slate-600">
          {inCart} already in your cart
          {available === 0 ? ' — that is all we have.' : '.'}
        </p>
      ) : null}
    </div>
  );
}

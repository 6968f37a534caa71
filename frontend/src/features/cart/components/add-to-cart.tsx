'use client';

import Link from 'next/link';
import { useState } from 'react';
import toast from 'react-hot-toast';
import { Button } from '@/components/ui/button';
import { QuantityInput } from '@/features/cart/components/quantity-input';
import { useCartStore } from '@/features/cart/store';
import type { CartProduct, CartVariant } from '@/features/cart/types';
import { errorMessage } from '@/lib/api-error';

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

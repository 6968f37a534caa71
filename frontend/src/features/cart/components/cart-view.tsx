'use client';

import Link from 'next/link';
import { useState } from 'react';
import toast from 'react-hot-toast';
import { TrashIcon } from '@heroicons/react/24/outline';
import { Button, buttonClasses } from '@/components/ui/button';
import { DetailList } from '@/components/ui/detail-list';
import { Panel } from '@/components/ui/panel';
import { DiscountCode } from '@/features/cart/components/discount-code';
import { EmptyCart } from '@/features/cart/components/empty-cart';
import { LoadingRegion, Skeleton, SkeletonLines } from '@/components/ui/skeleton';
import { useAuthStore } from '@/features/account/store';
import { ProductImage } from '@/features/catalog/components/product-image';
import { QuantityInput } from '@/features/cart/components/quantity-input';
import { lineName } from '@/features/cart/line-name';
import { useCartStore, useCartTotals } from '@/features/cart/store';
import type { CartItem } from '@/features/cart/types';
import { errorMessage } from '@/lib/api-error';
import { totalsRows } from '@/features/orders/totals';
import { formatCents } from '@/lib/money';

export function CartSkeleton() {
  return (
    <LoadingRegion label="Loading your cart">
      <div className="space-y-4">
        {[0, 1, 2].map((index) => (
          <div key={index} className="flex gap-4 rounded-lg border border-slate-200 bg-white p-4">
            <Skeleton className="h-20 w-20" />
            <SkeletonLines className="flex-1" lines={['h-4 w-1/2', 'h-4 w-1/4']} />
          </div>
        ))}
      </div>
    </LoadingRegion>
  );
}

function CartLine({ item }: { item: CartItem }) {
  const updateCartItem = useCartStore((state) => state.updateCartItem);
  const removeFromCart = useCartStore((state) => state.removeFromCart);
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } catch (error: unknown) {
      toast.error(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  const overStock = item.quantity > item.product.stock_quantity;
  const name = lineName(item.product, item.variant);
  return (
    <li className="flex gap-4 py-5" data-testid="cart-line">
      <ProductImage
        src={item.product.image_url}
        alt={item.product.name}
        className="h-20 w-20 shrink-0 rounded-md sm:h-24 sm:w-24"
      />
      <div className="flex min-w-0 flex-1 flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <h3 className="font-medium text-slate-900">
            <Link href={`/products/${item.product.slug}`} className="hover:text-brand-700">
              {item.product.name}
            </Link>
          </h3>
          {item.variant ? (
            <p className="text-sm text-slate-700" data-testid="cart-line-variant">
              {item.variant.title}
            </p>
          ) : null}
          <p className="mt-1 text-sm text-slate-600">
            {formatCents(item.product.price_cents)} each
          </p>
          {overStock ? (
            <p className="mt-1 text-sm text-red-700">
              Only {item.product.stock_quantity} left in stock.
            </p>
          ) : null}
        </div>
        <div className="flex items-center gap-3">
          <QuantityInput
            id={`quantity-${item.id}`}
            label={`Quantity of ${name}`}
            value={item.quantity}
            max={Math.max(item.quantity, item.product.stock_quantity)}
            disabled={busy}
            onChange={(quantity) => {
              if (quantity !== item.quantity) void run(() => updateCartItem(item.id, quantity));
            }}
          />
          <Button
            variant="ghost"
            size="sm"
            className="h-11"
            onClick={() => void run(() => removeFromCart(item.id))}
            disabled={busy}
            aria-label={`Remove ${name} from the cart`}
          >
            <TrashIcon className="h-5 w-5" aria-hidden="true" />
            <span className="hidden sm:inline">Remove</span>
          </Button>
        </div>
        <p
          className="font-semibold text-slate-900 sm:w-24 sm:text-right"
          aria-label={`Line total ${formatCents(item.line_total_cents)}`}
        >
          {formatCents(item.line_total_cents)}
        </p>
      </div>
    </li>
  );
}

export function CartView() {
  const items = useCartStore((state) => state.items);
  const loaded = useCartStore((state) => state.loaded);
  const summary = totalsRows(useCartTotals(), 'cart');
  const count = useCartStore((state) => state.getCount());
  const isAuthenticated = useAuthStore((state) => state.isAuthenticated);

  if (!loaded) return <CartSkeleton />;

  if (items.length === 0) {
    return <EmptyCart shopLabel="Start shopping">Products you add will appear here.</EmptyCart>;
  }

  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_22rem]">
      <section
        aria-labelledby="cart-items-heading"
        className="rounded-lg border border-slate-200 bg-white px-4 sm:px-6"
      >
        <h2 id="cart-items-heading" className="sr-only">
          Items in your cart
        </h2>
        <ul className="divide-y divide-slate-200">
          {items.map((item) => (
            <CartLine key={item.id} item={item} />
          ))}
        </ul>
      </section>
      <Panel title="Order summary" className="h-fit p-6">
        <div className="mt-4 border-b border-slate-200 pb-4">
          <DiscountCode />
        </div>
        <DetailList
          className="mt-4 space-y-2 text-sm"
          rows={[{ label: 'Items', value: count }, ...summary.rows]}
          total={summary.total}
        />
        {isAuthenticated ? (
          <Link href="/checkout" className={`${buttonClasses('primary', 'lg')} mt-6 w-full`}>
            Proceed to checkout
          </Link>
        ) : (
          <div className="mt-6 space-y-2">
            <Link
              href="/login?next=%2Fcheckout"
              className={`${buttonClasses('primary', 'lg')} w-full`}
            >
              Sign in to check out
            </Link>
            <p className="text-center text-xs text-slate-600">
              Your cart is kept and added to your account when you sign in.{' '}
              <Link href="/register" className="font-medium text-brand-700 underline">
                Create an account
              </Link>
            </p>
          </div>
        )}
      </Panel>
    </div>
  );
}

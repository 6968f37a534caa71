// The checkout's order summary: the cart's lines, the subtotal, the discount and the total, and the
// button that places the order. A code on the cart that no longer applies is named with its reason
// (checkout would refuse it with a 409) and a way back to the cart to remove it.
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { DetailList } from '@/components/ui/detail-list';
import { Panel } from '@/components/ui/panel';
import type { CartDiscount, CartItem } from '@/features/cart/types';
import { totalsRows, type Totals } from '@/features/orders/totals';
import { formatCents } from '@/lib/money';

export function CheckoutSummary({
  items,
  totals,
  discount,
  busy,
  placed,
}: {
  items: CartItem[];
  totals: Totals;
  discount: CartDiscount | null;
  busy: boolean;
  placed: boolean;
}) {
  const { rows, total } = totalsRows(totals, 'checkout');
  return (
    <Panel title="Order summary" className="h-fit p-6">
      <ul className="mt-4 divide-y divide-slate-200 text-sm">
        {items.map((item) => (
          <li key={item.id} className="flex justify-between gap-3 py-2">
            <span>
              {item.product.name}
              {item.variant ? (
                <span className="text-slate-700" data-testid="checkout-line-variant">
                  {' '}
                  ({item.variant.title})
                </span>
              ) : null}{' '}
              <span className="text-slate-600">× {item.quantity}</span>
            </span>
            <span className="whitespace-nowrap">{formatCents(item.line_total_cents)}</span>
          </li>
        ))}
      </ul>
      <DetailList className="mt-4 space-y-2 text-sm" rows={rows} total={total} />
      {discount && !discount.applicable ? (
        <p
          role="status"
          className="mt-4 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          {discount.reason ?? `The code ${discount.code} does not apply to your cart.`}{' '}
          <Link href="/cart" className="font-medium underline">
            Change it in your cart
          </Link>
        </p>
      ) : null}
      <Button
        type="submit"
        size="lg"
        className="mt-6 w-full"
        loading={busy || placed}
        disabled={placed}
      >
        Place order
      </Button>
      <p className="mt-3 text-center text-xs text-slate-600">
        You can cancel your order while it is still pending.
      </p>
    </Panel>
  );
}

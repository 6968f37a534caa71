// The checkout's order summary: the cart's lines, the total and the button that places the order.
import { Button } from '@/components/ui/button';
import type { CartItem } from '@/features/cart/types';
import { formatCents } from '@/lib/money';

export function CheckoutSummary({
  items,
  totalCents,
  busy,
  placed,
}: {
  items: CartItem[];
  totalCents: number;
  busy: boolean;
  placed: boolean;
}) {
  return (
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
            <span className="whitespace-nowrap">{formatCents(item.line_total_cents)}</span>
          </li>
        ))}
      </ul>
      <div className="mt-4 flex justify-between border-t border-slate-200 pt-4 text-base font-semibold">
        <span>Total</span>
        <span data-testid="checkout-total">{formatCents(totalCents)}</span>
      </div>
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
    </section>
  );
}

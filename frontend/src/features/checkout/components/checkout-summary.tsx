// The checkout's order summary: the cart's lines, the total and the button that places the order.
import { Button } from '@/components/ui/button';
import { DetailList } from '@/components/ui/detail-list';
import { Panel } from '@/components/ui/panel';
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
    <Panel title="Order summary" className="h-fit p-6">
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
      <DetailList
        className="mt-4"
        rows={[]}
        total={{ label: 'Total', value: formatCents(totalCents), testId: 'checkout-total' }}
      />
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

import type { Order } from '@/features/orders/types';
import { formatCents } from '@/lib/money';
import { OrderStatusBadge } from '@/features/orders/components/order-status-badge';
import { formatDateTime } from '@/features/orders/format';

export function OrderDetails({ order }: { order: Order }) {
  const cityLine = [order.shipping_postal_code, order.shipping_city, order.shipping_state]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
      <section
        aria-labelledby="order-items-heading"
        className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6"
      >
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="order-items-heading" className="text-lg font-semibold">
            Items
          </h2>
          <OrderStatusBadge status={order.status} />
        </div>
        <table className="mt-4 w-full text-left text-sm">
          <caption className="sr-only">Items of order {order.order_number}</caption>
          <thead className="border-b border-slate-200 text-slate-600">
            <tr>
              <th scope="col" className="py-2 font-medium">
                Product
              </th>
              <th scope="col" className="py-2 text-right font-medium">
                Qty
              </th>
              <th scope="col" className="hidden py-2 text-right font-medium sm:table-cell">
                Price
              </th>
              <th scope="col" className="py-2 text-right font-medium">
                Total
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {order.items.map((item) => (
              <tr key={item.id}>
                <td className="py-3 pr-2">
                  <span className="font-medium text-slate-900">{item.product_name}</span>
                  <span className="block text-xs text-slate-600">SKU {item.product_sku}</span>
                </td>
                <td className="py-3 text-right">{item.quantity}</td>
                <td className="hidden py-3 text-right sm:table-cell">
                  {formatCents(item.price_cents)}
                </td>
                <td className="py-3 text-right">{formatCents(item.line_total_cents)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot className="border-t border-slate-200">
            <tr>
              <th scope="row" colSpan={2} className="pt-3 text-left font-medium sm:hidden">
                Subtotal
              </th>
              <th
                scope="row"
                colSpan={3}
                className="hidden pt-3 text-left font-medium sm:table-cell"
              >
                Subtotal
              </th>
              <td className="pt-3 text-right">{formatCents(order.subtotal_cents)}</td>
            </tr>
            <tr className="text-base font-semibold">
              <th scope="row" colSpan={2} className="pt-1 text-left sm:hidden">
                Total
              </th>
              <th scope="row" colSpan={3} className="hidden pt-1 text-left sm:table-cell">
                Total
              </th>
              <td className="pt-1 text-right" data-testid="order-total">
                {formatCents(order.total_amount_cents)}
              </td>
            </tr>
          </tfoot>
        </table>
      </section>
      <aside className="space-y-6">
        <section
          aria-labelledby="order-info-heading"
          className="rounded-lg border border-slate-200 bg-white p-4 text-sm sm:p-6"
        >
          <h2 id="order-info-heading" className="text-base font-semibold">
            Order
          </h2>
          <dl className="mt-3 space-y-1">
            <div className="flex justify-between gap-2">
              <dt className="text-slate-600">Number</dt>
              <dd className="font-medium" data-testid="order-number">
                {order.order_number}
              </dd>
            </div>
            <div className="flex justify-between gap-2">
              <dt className="text-slate-600">Placed</dt>
              <dd>{formatDateTime(order.created_at)}</dd>
            </div>
          </dl>
        </section>
        <section
          aria-labelledby="shipping-heading"
          className="rounded-lg border border-slate-200 bg-white p-4 text-sm sm:p-6"
        >
          <h2 id="shipping-heading" className="text-base font-semibold">
            Shipping to
          </h2>
          <address className="mt-3 not-italic leading-6 text-slate-700">
            {order.customer_name}
            <br />
            {order.shipping_address}
            <br />
            {cityLine}
            <br />
            {order.shipping_country}
            <br />
            <span className="break-all">{order.customer_email}</span>
            {order.customer_phone ? (
              <>
                <br />
                {order.customer_phone}
              </>
            ) : null}
          </address>
          {order.notes ? <p className="mt-3 text-slate-600">Notes: {order.notes}</p> : null}
        </section>
      </aside>
    </div>
  );
}

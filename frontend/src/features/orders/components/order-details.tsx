import { DataTable, type DataTableColumn } from '@/components/ui/data-table';
import { DetailList } from '@/components/ui/detail-list';
import { Panel } from '@/components/ui/panel';
import type { Order, OrderItem } from '@/features/orders/types';
import { formatCents } from '@/lib/money';
import { OrderStatusBadge } from '@/features/orders/components/order-status-badge';
import { formatDateTime } from '@/lib/date-time';
import { totalsRows } from '@/features/orders/totals';

const ITEM_COLUMNS: DataTableColumn<OrderItem>[] = [
  {
    label: 'Product',
    cell: (item) => (
      <>
        <span className="font-medium text-slate-900">{item.product_name}</span>
        {item.variant_title ? (
          <span className="text-slate-700" data-testid="order-item-variant">
            {' '}
            · {item.variant_title}
          </span>
        ) : null}
        <span className="block text-xs text-slate-600">SKU {item.product_sku}</span>
      </>
    ),
  },
  { label: 'Qty', align: 'right', cell: (item) => item.quantity },
  { label: 'Price', align: 'right', cell: (item) => formatCents(item.price_cents) },
  { label: 'Total', align: 'right', cell: (item) => formatCents(item.line_total_cents) },
];

const SIDE_PANEL = { className: 'p-4 text-sm sm:p-6', titleClassName: 'text-base font-semibold' };

export function OrderDetails({ order }: { order: Order }) {
  const totals = totalsRows(
    {
      subtotal_cents: order.subtotal_cents,
      discount_code: order.discount_code,
      discount_amount_cents: order.discount_amount_cents,
      total_cents: order.total_amount_cents,
    },
    'order',
  );
  const cityLine = [order.shipping_postal_code, order.shipping_city, order.shipping_state]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
      <section
        aria-labelledby="order-items-heading"
        className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6"
      >
        <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
          <h2 id="order-items-heading" className="text-lg font-semibold">
            Items
          </h2>
          <OrderStatusBadge status={order.status} />
        </div>
        <DataTable
          caption={`Items of order ${order.order_number}`}
          columns={ITEM_COLUMNS}
          rows={order.items}
          rowKey={(item) => item.id}
          variant="plain"
        />
        <DetailList
          className="mt-2 space-y-1 border-t border-slate-200 pt-3 text-sm"
          rows={totals.rows}
          total={totals.total}
        />
      </section>
      <aside className="space-y-6">
        <Panel title="Order" {...SIDE_PANEL}>
          <DetailList
            className="mt-3 space-y-1"
            rows={[
              {
                label: 'Number',
                value: <span className="font-medium">{order.order_number}</span>,
                testId: 'order-number',
              },
              { label: 'Placed', value: formatDateTime(order.created_at) },
            ]}
          />
        </Panel>
        <Panel title="Shipping to" {...SIDE_PANEL}>
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
        </Panel>
      </aside>
    </div>
  );
}

// Cells and columns that every back-office table of orders shows the same way.
import Link from 'next/link';
import type { DataTableColumn } from '@/components/ui/data-table';
import { moneyColumn } from '@/components/ui/table-columns';
import { OrderStatusBadge } from '@/features/orders/components/order-status-badge';
import type { Order } from '@/features/orders/types';

/** The order number, linking to the order's page. */
export function OrderNumberLink({ order }: { order: Pick<Order, 'id' | 'order_number'> }) {
  return (
    <Link
      href={`/admin/orders/${order.id}`}
      className="font-medium text-brand-700 hover:text-brand-800"
    >
      {order.order_number}
    </Link>
  );
}

/** The customer's name above their email address. */
export function OrderCustomer({
  order,
}: {
  order: Pick<Order, 'customer_name' | 'customer_email'>;
}) {
  return (
    <>
      <span className="block text-slate-900">{order.customer_name}</span>
      <span className="block text-xs text-slate-600">{order.customer_email}</span>
    </>
  );
}

/** Who ordered, the order's status and its total: the columns of the order list and the dashboard. */
export const ORDER_CUSTOMER_COLUMN: DataTableColumn<
  Pick<Order, 'customer_name' | 'customer_email'>
> = {
  label: 'Customer',
  cell: (order) => <OrderCustomer order={order} />,
};

export const ORDER_STATUS_COLUMN: DataTableColumn<Pick<Order, 'status'>> = {
  label: 'Status',
  cell: (order) => <OrderStatusBadge status={order.status} />,
};

export const ORDER_TOTAL_COLUMN = moneyColumn<Pick<Order, 'total_amount_cents'>>(
  'Total',
  (order) => order.total_amount_cents,
  'font-medium',
);

// The dashboard's five most recent orders, each linking to its page.
import { ShoppingBagIcon } from '@heroicons/react/24/outline';
import { DataTable, type DataTableColumn } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import type { OrderSummary } from '@/features/admin-dashboard/types';
import {
  ORDER_CUSTOMER_COLUMN,
  ORDER_STATUS_COLUMN,
  ORDER_TOTAL_COLUMN,
  OrderNumberLink,
} from '@/features/admin-orders/components/order-cells';
import { formatDateTime } from '@/lib/date-time';

const COLUMNS: DataTableColumn<OrderSummary>[] = [
  {
    label: 'Order',
    cell: (order) => (
      <>
        <OrderNumberLink order={order} />
        <span className="block text-xs text-slate-600">{formatDateTime(order.created_at)}</span>
      </>
    ),
  },
  ORDER_CUSTOMER_COLUMN,
  ORDER_STATUS_COLUMN,
  ORDER_TOTAL_COLUMN,
];

export function RecentOrdersTable({ orders }: { orders: OrderSummary[] }) {
  if (orders.length === 0) {
    return (
      <EmptyState icon={ShoppingBagIcon} title="No orders yet">
        Orders appear here as soon as customers check out.
      </EmptyState>
    );
  }
  return (
    <DataTable
      caption="The five most recent orders"
      columns={COLUMNS}
      rows={orders}
      rowKey={(order) => order.id}
      minWidthClass="min-w-[32rem]"
      variant="plain"
    />
  );
}

'use client';

import { useState } from 'react';
import { ArrowDownTrayIcon, ShoppingBagIcon } from '@heroicons/react/24/outline';
import { AdminListPage } from '@/components/layout/admin-list-page';
import { Button } from '@/components/ui/button';
import type { DataTableColumn } from '@/components/ui/data-table';
import { FilterSelect } from '@/components/ui/list-toolbar';
import { dateColumn } from '@/components/ui/table-columns';
import { listOrders } from '@/features/admin-orders/api';
import { ExportDialog } from '@/features/admin-orders/components/export-dialog';
import {
  ORDER_CUSTOMER_COLUMN,
  ORDER_STATUS_COLUMN,
  ORDER_TOTAL_COLUMN,
  OrderNumberLink,
} from '@/features/admin-orders/components/order-cells';
import { orderListQuery } from '@/features/admin-orders/filters';
import { ORDER_STATUSES } from '@/features/admin-orders/status';
import { ORDER_STATUS_LABELS, type Order } from '@/features/orders/types';
import { countOf } from '@/lib/plural';
import { useUrlList } from '@/lib/use-url-list';

const STATUS_OPTIONS = ORDER_STATUSES.map((status) => ({
  value: status,
  label: ORDER_STATUS_LABELS[status],
}));

const COLUMNS: DataTableColumn<Order>[] = [
  {
    label: 'Order',
    cell: (order) => <OrderNumberLink order={order} />,
  },
  dateColumn('Placed', (order) => order.created_at),
  ORDER_CUSTOMER_COLUMN,
  ORDER_STATUS_COLUMN,
  ORDER_TOTAL_COLUMN,
];

export function OrderList() {
  const orders = useUrlList('orders', orderListQuery, listOrders);
  const { query } = orders;
  const [exporting, setExporting] = useState(false);

  return (
    <AdminListPage
      title="Orders"
      summary={(total) =>
        `${countOf(total, 'order', 'orders')}${query.status ? ` ${ORDER_STATUS_LABELS[query.status].toLowerCase()}` : ''}.`
      }
      description="Every order placed in the shop."
      actions={
        <Button variant="secondary" onClick={() => setExporting(true)} icon={ArrowDownTrayIcon}>
          Export CSV
        </Button>
      }
      search={{ id: 'order-search', placeholder: 'Order number or customer email' }}
      filters={
        <FilterSelect
          id="order-status"
          label="Status"
          value={query.status}
          options={STATUS_OPTIONS}
          anyLabel="All statuses"
          onChange={(status) => orders.update({ status })}
        />
      }
      list={orders}
      empty={{
        icon: ShoppingBagIcon,
        noMatch: { title: 'No orders match', text: 'Try another status or search.' },
        none: {
          title: 'No orders yet',
          text: 'Orders appear here as soon as customers check out.',
        },
      }}
      columns={COLUMNS}
      rowTestId="order-row"
      minWidthClass="min-w-[44rem]"
    >
      <ExportDialog
        key={`${String(exporting)}:${query.status ?? ''}`}
        open={exporting}
        onClose={() => setExporting(false)}
        status={query.status}
      />
    </AdminListPage>
  );
}

'use client';

// The back office's list of sold-out products (or variants) customers wait for, the most waited-for
// first.
import Link from 'next/link';
import { BellAlertIcon } from '@heroicons/react/24/outline';
import { AdminPageHeader } from '@/components/layout/admin-shell';
import type { DataTableColumn } from '@/components/ui/data-table';
import { PagedTable } from '@/components/ui/paged-table';
import { formatDateTime } from '@/features/orders/format';
import { listWaitedProducts } from '@/features/wishlist/api';
import { wishlistQuery } from '@/features/wishlist/list-query';
import type { WaitedProduct } from '@/features/wishlist/types';
import { useUrlList } from '@/lib/use-url-list';

const columns: DataTableColumn<WaitedProduct>[] = [
  {
    label: 'Product',
    rowHeader: true,
    cell: (row) => (
      <Link
        href={`/admin/products/${row.product_id}`}
        className="font-medium text-brand-700 hover:text-brand-800"
      >
        {row.product_name}
      </Link>
    ),
  },
  {
    label: 'Variant',
    className: 'text-slate-700',
    cell: (row) => row.variant_title ?? '—',
  },
  { label: 'Stock', align: 'right', cell: (row) => row.stock_quantity },
  { label: 'Waiting customers', align: 'right', cell: (row) => row.waiting },
  {
    label: 'Waiting since',
    className: 'text-slate-700',
    cell: (row) => formatDateTime(row.oldest_at),
  },
];

export function StockAlertList() {
  const alerts = useUrlList('stock-alerts', wishlistQuery, listWaitedProducts);
  const page = alerts.data;
  return (
    <>
      <AdminPageHeader
        title="Stock alerts"
        description={
          page
            ? `${page.total} ${page.total === 1 ? 'product has' : 'products have'} customers waiting for an email when it is back in stock.`
            : 'Products customers wait for.'
        }
      />
      <PagedTable
        list={alerts}
        empty={{
          icon: BellAlertIcon,
          none: {
            title: 'Nobody is waiting',
            text: 'Customers who ask to be emailed about a sold-out product appear here.',
          },
        }}
        caption="Stock alerts"
        columns={columns}
        rowTestId="stock-alert-row"
      />
    </>
  );
}

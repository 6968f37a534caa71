'use client';

// The back office's list of sold-out products (or variants) customers wait for, the most waited-for
// first.
import { BellAlertIcon } from '@heroicons/react/24/outline';
import { AdminListPage } from '@/components/layout/admin-list-page';
import type { DataTableColumn } from '@/components/ui/data-table';
import { dateColumn } from '@/components/ui/table-columns';
import { AdminProductLink } from '@/features/admin-products/components/admin-product-link';
import { listWaitedProducts } from '@/features/wishlist/api';
import { wishlistQuery } from '@/features/wishlist/list-query';
import type { WaitedProduct } from '@/features/wishlist/types';
import { countOf } from '@/lib/plural';
import { useUrlList } from '@/lib/use-url-list';

const columns: DataTableColumn<WaitedProduct>[] = [
  {
    label: 'Product',
    rowHeader: true,
    cell: (row) => (
      <AdminProductLink
        id={row.product_id}
        name={row.product_name}
        className="font-medium text-brand-700 hover:text-brand-800"
      />
    ),
  },
  {
    label: 'Variant',
    className: 'text-slate-700',
    cell: (row) => row.variant_title ?? '—',
  },
  { label: 'Stock', align: 'right', cell: (row) => row.stock_quantity },
  { label: 'Waiting customers', align: 'right', cell: (row) => row.waiting },
  dateColumn('Waiting since', (row) => row.oldest_at),
];

export function StockAlertList() {
  const alerts = useUrlList('stock-alerts', wishlistQuery, listWaitedProducts);
  return (
    <AdminListPage
      title="Stock alerts"
      summary={(total) =>
        `${countOf(total, 'product has', 'products have')} customers waiting for an email when it is back in stock.`
      }
      description="Products customers wait for."
      list={alerts}
      empty={{
        icon: BellAlertIcon,
        none: {
          title: 'Nobody is waiting',
          text: 'Customers who ask to be emailed about a sold-out product appear here.',
        },
      }}
      columns={columns}
      rowTestId="stock-alert-row"
    />
  );
}

// The dashboard's best-selling products by quantity, with what they earned.
import { DataTable, type DataTableColumn } from '@/components/ui/data-table';
import { moneyColumn } from '@/components/ui/table-columns';
import type { TopProduct } from '@/features/admin-dashboard/types';
import { AdminProductLink } from '@/features/admin-products/components/admin-product-link';

const COLUMNS: DataTableColumn<TopProduct>[] = [
  {
    label: 'Product',
    cell: (product) => <AdminProductLink id={product.product_id} name={product.name} />,
  },
  { label: 'Sold', align: 'right', cell: (product) => product.quantity_sold },
  moneyColumn('Revenue', (product) => product.revenue_cents),
];

export function TopProductsTable({ products }: { products: TopProduct[] }) {
  if (products.length === 0) return <p className="text-sm text-slate-600">Nothing sold yet.</p>;
  return (
    <DataTable
      caption="Best-selling products by quantity"
      columns={COLUMNS}
      rows={products}
      rowKey={(product) => product.product_id}
      variant="plain"
    />
  );
}

'use client';

// The columns of the admin product table: each product with its price, an inline stock editor, its
// active and featured switches, and links to edit or delete it.
import type { DataTableColumn } from '@/components/ui/data-table';
import { rowActionsColumn } from '@/components/ui/row-actions';
import { Switch } from '@/components/ui/switch';
import { AdminProductLink } from '@/features/admin-products/components/admin-product-link';
import { StockEditor } from '@/features/admin-products/components/stock-editor';
import type { AdminProduct, ProductInput } from '@/features/admin-products/types';
import { ProductImage } from '@/features/catalog/components/product-image';
import { formatCents } from '@/lib/money';

export type ProductFlag = 'is_active' | 'is_featured';

export interface ProductColumnActions {
  /** The change in flight, as `${id}:${field}`, or null. */
  saving: string | null;
  onSave: (product: AdminProduct, changes: Partial<ProductInput>, done: string) => Promise<boolean>;
  onToggle: (product: AdminProduct, flag: ProductFlag, value: boolean) => void;
  onDelete: (product: AdminProduct) => void;
}

function flagColumn(
  label: string,
  flag: ProductFlag,
  { saving, onToggle }: Pick<ProductColumnActions, 'saving' | 'onToggle'>,
): DataTableColumn<AdminProduct> {
  return {
    label,
    cell: (product) => (
      <Switch
        checked={product[flag]}
        label={`${label}: ${product.name}`}
        busy={saving === `${product.id}:${flag}`}
        onChange={(value) => onToggle(product, flag, value)}
      />
    ),
  };
}

export function productColumns({
  saving,
  onSave,
  onToggle,
  onDelete,
}: ProductColumnActions): DataTableColumn<AdminProduct>[] {
  return [
    {
      label: 'Product',
      cell: (product) => (
        <div className="flex items-center gap-3">
          <ProductImage
            src={product.image_url}
            alt={product.name}
            className="h-10 w-10 shrink-0 rounded-md"
          />
          <div className="min-w-0">
            <AdminProductLink
              id={product.id}
              name={product.name}
              className="block max-w-xs truncate font-medium text-slate-900 hover:text-brand-700"
            />
            <span className="block text-xs text-slate-600">SKU {product.sku}</span>
          </div>
        </div>
      ),
    },
    {
      label: 'Category',
      className: 'text-slate-700',
      cell: (product) => product.category?.name ?? <span className="text-slate-500">None</span>,
    },
    {
      label: 'Price',
      align: 'right',
      cell: (product) => (
        <>
          {formatCents(product.price_cents)}
          {product.compare_at_price_cents !== null ? (
            <span className="block text-xs text-slate-600 line-through">
              <span className="sr-only">was </span>
              {formatCents(product.compare_at_price_cents)}
            </span>
          ) : null}
        </>
      ),
    },
    {
      label: 'Stock',
      align: 'right',
      cell: (product) =>
        product.has_variants ? (
          <span title="The sum of the variants' stock: change it per variant on the product's page.">
            {product.stock_quantity}
            <span className="sr-only"> (the sum of the variants&apos; stock)</span>
          </span>
        ) : (
          <StockEditor
            value={product.stock_quantity}
            productName={product.name}
            onSave={(stock) =>
              onSave(
                product,
                { stock_quantity: stock },
                `Stock of “${product.name}” set to ${stock}.`,
              )
            }
          />
        ),
    },
    flagColumn('Active', 'is_active', { saving, onToggle }),
    flagColumn('Featured', 'is_featured', { saving, onToggle }),
    rowActionsColumn((product) => ({
      name: product.name,
      edit: { href: `/admin/products/${product.id}` },
      onDelete: () => onDelete(product),
    })),
  ];
}

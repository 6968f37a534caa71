'use client';

import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useState } from 'react';
import toast from 'react-hot-toast';
import { CubeIcon, PencilSquareIcon, PlusIcon, TrashIcon } from '@heroicons/react/24/outline';
import { SearchForm } from '@/components/forms/search-form';
import { inputClasses } from '@/components/forms/text-field';
import { AdminPageHeader } from '@/components/layout/admin-shell';
import { Alert } from '@/components/ui/alert';
import { Button, buttonClasses } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import { ConfirmDialog } from '@/components/ui/dialog';
import { EmptyState } from '@/components/ui/empty-state';
import { LoadError } from '@/components/ui/load-error';
import { Pagination } from '@/components/ui/pagination';
import { TableSkeleton } from '@/components/ui/skeleton';
import { Switch } from '@/components/ui/switch';
import { listCategories } from '@/features/admin-categories/api';
import { deleteProduct, listProducts, updateProduct } from '@/features/admin-products/api';
import { StockEditor } from '@/features/admin-products/components/stock-editor';
import { parseProductQuery, productQueryString } from '@/features/admin-products/list-query';
import type {
  AdminProduct,
  AdminProductQuery,
  ProductInput,
} from '@/features/admin-products/types';
import { ProductImage } from '@/features/catalog/components/product-image';
import { errorMessage } from '@/lib/api-error';
import { formatMoney } from '@/lib/money';
import { useRemote } from '@/lib/use-remote';

type Flag = 'is_active' | 'is_featured';

function Filters({
  query,
  onChange,
}: {
  query: AdminProductQuery;
  onChange: (query: AdminProductQuery) => void;
}) {
  const categories = useRemote('categories', listCategories);
  return (
    <div className="mb-4 flex flex-col gap-3 sm:flex-row sm:items-end">
      <SearchForm
        id="product-search"
        label="Search products"
        placeholder="Name, description or SKU"
        value={query.search}
        onSearch={(search) => onChange({ ...query, search, page: 1 })}
        className="flex-1"
      />
      <div className="sm:w-56">
        <label htmlFor="product-category" className="block text-sm font-medium text-slate-800">
          Category
        </label>
        <select
          id="product-category"
          value={query.category_id === undefined ? '' : String(query.category_id)}
          onChange={(event) =>
            onChange({
              ...query,
              category_id: event.target.value === '' ? undefined : Number(event.target.value),
              page: 1,
            })
          }
          className={`mt-1 ${inputClasses(false)}`}
        >
          <option value="">All categories</option>
          {(categories.data ?? []).map((category) => (
            <option key={category.id} value={category.id}>
              {category.name}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

export function ProductList() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const query = parseProductQuery(params);
  const queryString = productQueryString(query);
  const products = useRemote(`products${queryString}`, () => listProducts(query));
  const [busy, setBusy] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<AdminProduct | null>(null);
  const [deleteBusy, setDeleteBusy] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const go = (next: AdminProductQuery) => router.push(`${pathname}${productQueryString(next)}`);

  const replace = (updated: AdminProduct) =>
    products.setData((page) =>
      page
        ? { ...page, items: page.items.map((item) => (item.id === updated.id ? updated : item)) }
        : page,
    );

  const save = async (product: AdminProduct, changes: Partial<ProductInput>, done: string) => {
    const key = `${product.id}:${Object.keys(changes).join(',')}`;
    setBusy(key);
    try {
      replace(await updateProduct(product.id, changes));
      toast.success(done);
      return true;
    } catch (error: unknown) {
      toast.error(`${product.name}: ${errorMessage(error)}`);
      return false;
    } finally {
      setBusy(null);
    }
  };

  const toggle = (product: AdminProduct, flag: Flag, value: boolean) => {
    const what =
      flag === 'is_active' ? (value ? 'active' : 'inactive') : value ? 'featured' : 'not featured';
    void save(product, { [flag]: value }, `“${product.name}” is now ${what}.`);
  };

  const onDelete = async () => {
    if (!deleting) return;
    setDeleteBusy(true);
    setDeleteError(null);
    try {
      const outcome = await deleteProduct(deleting.id);
      if (outcome === 'deactivated') {
        const message = `“${deleting.name}” has orders, so it was deactivated instead of deleted: it is hidden from the shop and kept for the order history.`;
        setNotice(message);
        toast(message, { icon: 'ℹ️', duration: 8000 });
      } else {
        setNotice(null);
        toast.success(`“${deleting.name}” was deleted.`);
      }
      setDeleting(null);
      void products.reload();
    } catch (error: unknown) {
      setDeleteError(errorMessage(error));
    } finally {
      setDeleteBusy(false);
    }
  };

  const page = products.data;
  const filtered = query.search !== undefined || query.category_id !== undefined;
  return (
    <>
      <AdminPageHeader
        title="Products"
        description={
          page
            ? `${page.total} ${page.total === 1 ? 'product' : 'products'}, including inactive ones.`
            : 'Everything the shop sells.'
        }
        actions={
          <Link href="/admin/products/new" className={buttonClasses('primary')}>
            <PlusIcon className="h-5 w-5" aria-hidden="true" />
            New product
          </Link>
        }
      />
      <Filters query={query} onChange={go} />
      {notice ? (
        <div className="mb-4" data-testid="delete-notice">
          <Alert tone="info">
            <div className="flex items-start justify-between gap-3">
              <p>{notice}</p>
              <button
                type="button"
                className="shrink-0 font-medium underline"
                onClick={() => setNotice(null)}
              >
                Dismiss
              </button>
            </div>
          </Alert>
        </div>
      ) : null}
      {products.error ? (
        <LoadError error={products.error} onRetry={() => void products.reload()} />
      ) : page === null ? (
        <TableSkeleton label="Loading products" />
      ) : page.items.length === 0 ? (
        <EmptyState
          icon={CubeIcon}
          title={filtered ? 'No products match' : 'No products yet'}
          action={
            filtered ? (
              <Button variant="secondary" onClick={() => go({ page: 1 })}>
                Clear the filters
              </Button>
            ) : (
              <Link href="/admin/products/new" className={buttonClasses('primary')}>
                Create a product
              </Link>
            )
          }
        >
          {filtered ? 'Try another search or category.' : 'Add the first product to start selling.'}
        </EmptyState>
      ) : (
        <>
          <DataTable
            caption="Products"
            columns={[
              { label: 'Product' },
              { label: 'Category' },
              { label: 'Price', align: 'right' },
              { label: 'Stock', align: 'right' },
              { label: 'Active' },
              { label: 'Featured' },
              { label: 'Actions', align: 'right', hidden: true },
            ]}
            busy={products.loading}
            minWidthClass="min-w-[52rem]"
          >
            {page.items.map((product) => (
              <tr key={product.id} data-testid="product-row">
                <td className="px-4 py-2">
                  <div className="flex items-center gap-3">
                    <ProductImage
                      src={product.image_url}
                      alt={product.name}
                      className="h-10 w-10 shrink-0 rounded-md"
                    />
                    <div className="min-w-0">
                      <Link
                        href={`/admin/products/${product.id}`}
                        className="block max-w-xs truncate font-medium text-slate-900 hover:text-brand-700"
                      >
                        {product.name}
                      </Link>
                      <span className="block text-xs text-slate-600">SKU {product.sku}</span>
                    </div>
                  </div>
                </td>
                <td className="px-4 py-2 text-slate-700">
                  {product.category?.name ?? <span className="text-slate-500">None</span>}
                </td>
                <td className="px-4 py-2 text-right">
                  {formatMoney(product.price)}
                  {product.compare_at_price !== null ? (
                    <span className="block text-xs text-slate-600 line-through">
                      <span className="sr-only">was </span>
                      {formatMoney(product.compare_at_price)}
                    </span>
                  ) : null}
                </td>
                <td className="px-4 py-2 text-right">
                  <StockEditor
                    value={product.stock_quantity}
                    productName={product.name}
                    onSave={(stock) =>
                      save(
                        product,
                        { stock_quantity: stock },
                        `Stock of “${product.name}” set to ${stock}.`,
                      )
                    }
                  />
                </td>
                <td className="px-4 py-2">
                  <Switch
                    checked={product.is_active}
                    label={`Active: ${product.name}`}
                    busy={busy === `${product.id}:is_active`}
                    onChange={(value) => toggle(product, 'is_active', value)}
                  />
                </td>
                <td className="px-4 py-2">
                  <Switch
                    checked={product.is_featured}
                    label={`Featured: ${product.name}`}
                    busy={busy === `${product.id}:is_featured`}
                    onChange={(value) => toggle(product, 'is_featured', value)}
                  />
                </td>
                <td className="px-4 py-2">
                  <div className="flex justify-end gap-1">
                    <Link
                      href={`/admin/products/${product.id}`}
                      className={buttonClasses('ghost', 'sm')}
                      aria-label={`Edit ${product.name}`}
                      title="Edit"
                    >
                      <PencilSquareIcon className="h-5 w-5" aria-hidden="true" />
                    </Link>
                    <Button
                      variant="ghost"
                      size="sm"
                      className="text-red-700 hover:bg-red-50"
                      aria-label={`Delete ${product.name}`}
                      title="Delete"
                      onClick={() => {
                        setDeleteError(null);
                        setDeleting(product);
                      }}
                    >
                      <TrashIcon className="h-5 w-5" aria-hidden="true" />
                    </Button>
                  </div>
                </td>
              </tr>
            ))}
          </DataTable>
          <Pagination
            page={page.page}
            pages={page.pages}
            hrefFor={(number) => `${pathname}${productQueryString({ ...query, page: number })}`}
          />
        </>
      )}

      <ConfirmDialog
        open={deleting !== null}
        title={`Delete “${deleting?.name ?? ''}”?`}
        description={
          <>
            <p>The product is removed from the shop and from the back office.</p>
            <p className="mt-2">
              If customers have ordered it, it is <strong>deactivated instead</strong>: hidden from
              the shop but kept, so past orders stay complete.
            </p>
          </>
        }
        confirmLabel="Delete product"
        busy={deleteBusy}
        error={deleteError}
        onConfirm={() => void onDelete()}
        onCancel={() => setDeleting(null)}
      />
    </>
  );
}

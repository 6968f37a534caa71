'use client';

import Link from 'next/link';
import { useState } from 'react';
import { CubeIcon, PlusIcon } from '@heroicons/react/24/outline';
import { AdminListPage } from '@/components/layout/admin-list-page';
import { Alert } from '@/components/ui/alert';
import { buttonClasses } from '@/components/ui/button';
import { FilterSelect } from '@/components/ui/list-toolbar';
import { useBusyAction } from '@/components/ui/use-busy-action';
import { listCategories } from '@/features/admin-categories/api';
import { categoryOptions } from '@/features/admin-categories/options';
import { listProducts, updateProduct } from '@/features/admin-products/api';
import {
  DeleteProductDialog,
  deactivatedMessage,
} from '@/features/admin-products/components/delete-product-dialog';
import {
  productColumns,
  type ProductFlag,
} from '@/features/admin-products/components/product-columns';
import { productListQuery } from '@/features/admin-products/list-query';
import type { AdminProduct, ProductInput } from '@/features/admin-products/types';
import { countOf } from '@/lib/plural';
import { useRemote } from '@/lib/use-remote';
import { replaceItem, useUrlList } from '@/lib/use-url-list';

export function ProductList() {
  const products = useUrlList('products', productListQuery, listProducts);
  const { query } = products;
  const categories = useRemote('categories', listCategories);
  const saving = useBusyAction<string>();
  const [deleting, setDeleting] = useState<AdminProduct | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const save = async (product: AdminProduct, changes: Partial<ProductInput>, done: string) => {
    const saved = await saving.run(
      `${product.id}:${Object.keys(changes).join(',')}`,
      async () => {
        const updated = await updateProduct(product.id, changes);
        products.setData((page) => replaceItem(page, updated));
        return updated;
      },
      { done: () => done, subject: product.name },
    );
    return saved !== null;
  };

  const toggle = (product: AdminProduct, flag: ProductFlag, value: boolean) => {
    const what =
      flag === 'is_active' ? (value ? 'active' : 'inactive') : value ? 'featured' : 'not featured';
    void save(product, { [flag]: value }, `“${product.name}” is now ${what}.`);
  };

  return (
    <AdminListPage
      title="Products"
      summary={(total) => `${countOf(total, 'product', 'products')}, including inactive ones.`}
      description="Everything the shop sells."
      actions={
        <Link href="/admin/products/new" className={buttonClasses('primary')}>
          <PlusIcon className="h-5 w-5" aria-hidden="true" />
          New product
        </Link>
      }
      search={{ id: 'product-search', placeholder: 'Name, description or SKU' }}
      filters={
        <FilterSelect
          id="product-category"
          label="Category"
          value={query.category_id === undefined ? undefined : String(query.category_id)}
          options={categoryOptions(categories.data)}
          anyLabel="All categories"
          onChange={(id) =>
            products.update({ category_id: id === undefined ? undefined : Number(id) })
          }
          widthClass="sm:w-56"
        />
      }
      notice={
        notice ? (
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
        ) : null
      }
      list={products}
      empty={{
        icon: CubeIcon,
        noMatch: { title: 'No products match', text: 'Try another search or category.' },
        none: {
          title: 'No products yet',
          text: 'Add the first product to start selling.',
          action: (
            <Link href="/admin/products/new" className={buttonClasses('primary')}>
              Create a product
            </Link>
          ),
        },
      }}
      columns={productColumns({
        saving: saving.busy,
        onSave: save,
        onToggle: toggle,
        onDelete: setDeleting,
      })}
      rowTestId="product-row"
      minWidthClass="min-w-[52rem]"
      variant="compact"
    >
      <DeleteProductDialog
        product={deleting}
        onCancel={() => setDeleting(null)}
        onDeleted={(product, outcome) => {
          setNotice(outcome === 'deactivated' ? deactivatedMessage(product) : null);
          setDeleting(null);
          void products.reload();
        }}
      />
    </AdminListPage>
  );
}

'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ArrowTopRightOnSquareIcon, TrashIcon } from '@heroicons/react/24/outline';
import { AdminPageHeader } from '@/components/layout/admin-shell';
import { Alert } from '@/components/ui/alert';
import { Button, buttonClasses } from '@/components/ui/button';
import { DetailSkeleton } from '@/components/ui/skeleton';
import { getProduct } from '@/features/admin-products/api';
import { DeleteProductDialog } from '@/features/admin-products/components/delete-product-dialog';
import { ProductForm } from '@/features/admin-products/components/product-form';
import { VariantEditor } from '@/features/admin-products/components/variant-editor';
import { errorMessage } from '@/lib/api-error';
import { useRemote } from '@/lib/use-remote';

export function NewProduct() {
  return (
    <>
      <AdminPageHeader
        title="New product"
        back={{ href: '/admin/products', label: 'Products' }}
        description="Fields marked * are required."
      />
      <ProductForm product={null} />
    </>
  );
}

export function EditProduct({ id }: { id: string }) {
  const numeric = Number(id);
  const valid = Number.isInteger(numeric) && numeric > 0;
  const router = useRouter();
  const product = useRemote(`product:${id}`, () =>
    valid ? getProduct(numeric) : Promise.reject(new Error('This product does not exist.')),
  );
  const [confirming, setConfirming] = useState(false);

  if (product.error) {
    return (
      <>
        <AdminPageHeader title="Product" back={{ href: '/admin/products', label: 'Products' }} />
        <Alert tone="error">
          {product.error.status === 404 || product.error.status === 0
            ? 'This product does not exist (any more).'
            : errorMessage(product.error)}
        </Alert>
      </>
    );
  }
  if (product.data === null) {
    return <DetailSkeleton label="Loading the product" />;
  }

  const current = product.data;
  return (
    <>
      <AdminPageHeader
        title={current.name}
        back={{ href: '/admin/products', label: 'Products' }}
        description={
          <>
            SKU {current.sku} ·{' '}
            {current.is_active ? 'Active' : <strong className="text-amber-800">Inactive</strong>}
          </>
        }
        actions={
          <>
            {current.is_active ? (
              <Link
                href={`/products/${current.slug}`}
                className={buttonClasses('secondary', 'sm')}
                target="_blank"
              >
                <ArrowTopRightOnSquareIcon className="h-4 w-4" aria-hidden="true" />
                View in the shop
                <span className="sr-only">(opens in a new tab)</span>
              </Link>
            ) : null}
            <Button
              variant="ghost"
              size="sm"
              className="text-red-700 hover:bg-red-50"
              onClick={() => setConfirming(true)}
            >
              <TrashIcon className="h-4 w-4" aria-hidden="true" />
              Delete
            </Button>
          </>
        }
      />
      {!current.is_active ? (
        <div className="mb-4">
          <Alert tone="info">
            This product is inactive: shoppers cannot see or buy it. Tick “Active” to sell it again.
          </Alert>
        </div>
      ) : null}
      <ProductForm key={current.id} product={current} onSaved={(saved) => product.setData(saved)} />
      <VariantEditor product={current} onSaved={() => void product.reload()} />
      <DeleteProductDialog
        product={confirming ? current : null}
        onCancel={() => setConfirming(false)}
        onDeleted={(_, outcome) => {
          setConfirming(false);
          if (outcome === 'deactivated') void product.reload();
          else router.push('/admin/products');
        }}
      />
    </>
  );
}

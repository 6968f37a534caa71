import type { Metadata } from 'next';
import { Suspense } from 'react';
import { AdminPageSkeleton } from '@/components/layout/admin-shell';
import { ProductList } from '@/features/admin-products/components/product-list';

export const metadata: Metadata = { title: 'Products' };

export default function AdminProductsPage() {
  return (
    <Suspense fallback={<AdminPageSkeleton />}>
      <ProductList />
    </Suspense>
  );
}

import type { Metadata } from 'next';
import { ProductList } from '@/features/admin-products/components/product-list';

export const metadata: Metadata = { title: 'Products' };

export default function AdminProductsPage() {
  return <ProductList />;
}

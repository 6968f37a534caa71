import type { Metadata } from 'next';
import { NewProduct } from '@/features/admin-products/components/product-editor';

export const metadata: Metadata = { title: 'New product' };

export default function AdminNewProductPage() {
  return <NewProduct />;
}

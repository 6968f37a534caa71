import type { Metadata } from 'next';
import { EditProduct } from '@/features/admin-products/components/product-editor';

export const metadata: Metadata = { title: 'Edit product' };

export default function AdminEditProductPage({ params }: { params: { id: string } }) {
  return <EditProduct id={params.id} />;
}

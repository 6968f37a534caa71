import type { Metadata } from 'next';
import { AdminOrderPage } from '@/features/admin-orders/components/admin-order-page';

export const metadata: Metadata = { title: 'Order' };

export default function AdminOrderDetailPage({ params }: { params: { id: string } }) {
  return <AdminOrderPage id={params.id} />;
}

import type { Metadata } from 'next';
import { OrderList } from '@/features/admin-orders/components/order-list';

export const metadata: Metadata = { title: 'Orders' };

export default function AdminOrdersPage() {
  return <OrderList />;
}

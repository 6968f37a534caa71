import type { Metadata } from 'next';
import { Suspense } from 'react';
import { AdminPageSkeleton } from '@/components/layout/admin-shell';
import { OrderList } from '@/features/admin-orders/components/order-list';

export const metadata: Metadata = { title: 'Orders' };

export default function AdminOrdersPage() {
  return (
    <Suspense fallback={<AdminPageSkeleton />}>
      <OrderList />
    </Suspense>
  );
}

import type { Metadata } from 'next';
import { Suspense } from 'react';
import { AdminPageSkeleton } from '@/components/layout/admin-shell';
import { Dashboard } from '@/features/admin-dashboard/components/dashboard';

export const metadata: Metadata = { title: 'Dashboard' };

export default function AdminDashboardPage() {
  return (
    <Suspense fallback={<AdminPageSkeleton />}>
      <Dashboard />
    </Suspense>
  );
}

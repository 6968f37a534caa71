import type { Metadata } from 'next';
import { Dashboard } from '@/features/admin-dashboard/components/dashboard';

export const metadata: Metadata = { title: 'Dashboard' };

export default function AdminDashboardPage() {
  return <Dashboard />;
}

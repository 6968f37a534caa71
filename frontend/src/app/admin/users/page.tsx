import type { Metadata } from 'next';
import { Suspense } from 'react';
import { AdminPageSkeleton } from '@/components/layout/admin-shell';
import { UserList } from '@/features/admin-users/components/user-list';

export const metadata: Metadata = { title: 'Users' };

export default function AdminUsersPage() {
  return (
    <Suspense fallback={<AdminPageSkeleton />}>
      <UserList />
    </Suspense>
  );
}

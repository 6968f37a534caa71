import type { Metadata } from 'next';
import { Suspense } from 'react';
import { UserList } from '@/features/admin-users/components/user-list';

export const metadata: Metadata = { title: 'Users' };

export default function AdminUsersPage() {
  return (
    <Suspense>
      <UserList />
    </Suspense>
  );
}

import type { Metadata } from 'next';
import { UserList } from '@/features/admin-users/components/user-list';

export const metadata: Metadata = { title: 'Users' };

export default function AdminUsersPage() {
  return <UserList />;
}

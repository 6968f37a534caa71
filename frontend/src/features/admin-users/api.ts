// Calls of /api/admin/users. The only place that knows these paths.
import { apiClient } from '@/lib/api-client';
import type { User } from '@/features/account/types';
import type { Page } from '@/lib/api-schema';
import type { UserChanges, UserQuery } from '@/features/admin-users/rules';

export const ADMIN_USERS_PAGE_SIZE = 20;

export async function listUsers(query: UserQuery): Promise<Page<User>> {
  const { data } = await apiClient.get<Page<User>>('/admin/users', {
    params: { search: query.search, page: query.page, size: ADMIN_USERS_PAGE_SIZE },
  });
  return data;
}

/** Changes a user's role or active flag; the API answers 400 when admins target themselves. */
export async function updateUser(id: number, changes: UserChanges): Promise<User> {
  const { data } = await apiClient.put<User>(`/admin/users/${id}`, changes);
  return data;
}

// Calls of /api/admin/users. The only place that knows these paths.
import { getAdminPage } from '@/lib/admin-page';
import { apiClient } from '@/lib/api-client';
import { userSchema, type User } from '@/features/account/types';
import { bodyOf, pageSchema, type Page } from '@/lib/api-schema';
import type { UserChanges, UserQuery } from '@/features/admin-users/rules';

const userPageSchema = pageSchema(userSchema);

export function listUsers(query: UserQuery): Promise<Page<User>> {
  return getAdminPage(userPageSchema, '/admin/users', { search: query.search, page: query.page });
}

/** Changes a user's role or active flag; the API answers 400 when admins target themselves. */
export async function updateUser(id: number, changes: UserChanges): Promise<User> {
  return bodyOf(userSchema, apiClient.put(`/admin/users/${id}`, changes));
}

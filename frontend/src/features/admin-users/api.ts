// Calls of /api/admin/users. The only place that knows these paths.
import { adminListReader } from '@/lib/admin-page';
import { apiClient } from '@/lib/api-client';
import { userSchema, type User } from '@/features/account/types';
import { bodyOf } from '@/lib/api-schema';
import { userListQuery, type UserChanges } from '@/features/admin-users/rules';

/** A page of accounts; `search` is part of a name or an email address. */
export const listUsers = adminListReader(userListQuery, userSchema, '/admin/users');

/** Changes a user's role or active flag; the API answers 400 when admins target themselves. */
export async function updateUser(id: number, changes: UserChanges): Promise<User> {
  return bodyOf(userSchema, apiClient.put(`/admin/users/${id}`, changes));
}

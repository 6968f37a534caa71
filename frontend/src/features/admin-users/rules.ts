// What the user table may change, and its URL (?search=&page=).
import type { User, UserRole } from '@/features/account/types';
import { field, urlQuery, type QueryValue } from '@/lib/url-list';

export interface UserChanges {
  role?: UserRole;
  is_active?: boolean;
}

export const userListQuery = urlQuery({ search: field.text(), page: field.page() });

export type UserQuery = QueryValue<typeof userListQuery>;

/**
 * Why `target`'s role and active flag cannot be changed by the signed-in admin, or null when they
 * can. An admin never demotes or deactivates themself (the API refuses with 400 as well).
 */
export function lockReason(target: User, currentUserId: number | null | undefined): string | null {
  return target.id === currentUserId
    ? 'You cannot change your own role or deactivate yourself.'
    : null;
}

/** The confirmation toast after a change, e.g. "Ada Lovelace is now an admin." */
export function describeChange(user: User, changes: UserChanges): string {
  if (changes.role !== undefined) {
    return `${user.full_name} is now ${changes.role === 'admin' ? 'an admin' : 'a customer'}.`;
  }
  return changes.is_active
    ? `${user.full_name} can sign in again.`
    : `${user.full_name} is deactivated and can no longer sign in.`;
}

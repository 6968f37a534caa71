// What the user table may change, and its URL (?search=&page=).
import type { User, UserRole } from '@/features/account/types';

export interface UserChanges {
  role?: UserRole;
  is_active?: boolean;
}

export interface UserQuery {
  search?: string;
  page: number;
}

/**
 * Why `target`'s role and active flag cannot be changed by the signed-in admin, or null when they
 * can. An admin never demotes or deactivates themself (the API refuses with 400 as well).
 */
export function lockReason(target: User, currentUserId: number | null | undefined): string | null {
  return target.id === currentUserId
    ? 'You cannot change your own role or deactivate yourself.'
    : null;
}

export function parseUserQuery(params: URLSearchParams): UserQuery {
  const search = params.get('search')?.trim().slice(0, 200);
  const pageText = params.get('page') ?? '';
  const page = /^\d{1,9}$/.test(pageText) && Number(pageText) >= 1 ? Number(pageText) : 1;
  return { search: search === '' ? undefined : search, page };
}

export function userQueryString(query: UserQuery): string {
  const params = new URLSearchParams();
  if (query.search) params.set('search', query.search);
  if (query.page > 1) params.set('page', String(query.page));
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
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

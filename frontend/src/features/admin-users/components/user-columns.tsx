'use client';

// The columns of the user table: who each account is, and its role and active flag, which the
// signed-in admin may change for everyone but themself.
import { inputClasses } from '@/components/forms/text-field';
import type { DataTableColumn } from '@/components/ui/data-table';
import { Switch } from '@/components/ui/switch';
import { dateColumn } from '@/components/ui/table-columns';
import type { User, UserRole } from '@/features/account/types';
import { lockReason, type UserChanges } from '@/features/admin-users/rules';

export interface UserColumnActions {
  /** The id of the user whose change is in flight, or null. */
  changing: number | null;
  currentUserId: number | undefined;
  onChange: (user: User, changes: UserChanges) => void;
}

const lockNoteId = (user: User) => `user-${user.id}-locked`;

export function userColumns({
  changing,
  currentUserId,
  onChange,
}: UserColumnActions): DataTableColumn<User>[] {
  return [
    {
      label: 'Name',
      cell: (user) => {
        const locked = lockReason(user, currentUserId);
        return (
          <>
            <span className="block font-medium text-slate-900">
              {user.full_name}
              {locked ? (
                <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs font-semibold text-slate-700">
                  You
                </span>
              ) : null}
            </span>
            <span className="block text-xs text-slate-600">{user.email}</span>
            {locked ? (
              <span id={lockNoteId(user)} className="block text-xs text-slate-600">
                {locked}
              </span>
            ) : null}
          </>
        );
      },
    },
    dateColumn('Joined', (user) => user.created_at),
    {
      label: 'Email verified',
      cell: (user) =>
        user.is_verified ? (
          <span className="text-green-800">Verified</span>
        ) : (
          <span className="text-amber-800">Not yet</span>
        ),
    },
    {
      label: 'Role',
      cell: (user) => {
        const locked = lockReason(user, currentUserId);
        return (
          <>
            <label className="sr-only" htmlFor={`role-${user.id}`}>
              Role of {user.full_name}
            </label>
            <select
              id={`role-${user.id}`}
              value={user.role}
              disabled={locked !== null || changing === user.id}
              aria-describedby={locked ? lockNoteId(user) : undefined}
              onChange={(event) => onChange(user, { role: event.target.value as UserRole })}
              className={`${inputClasses(false)} w-36 disabled:bg-slate-100 disabled:text-slate-600`}
            >
              <option value="customer">Customer</option>
              <option value="admin">Admin</option>
            </select>
          </>
        );
      },
    },
    {
      label: 'Active',
      cell: (user) => (
        <Switch
          checked={user.is_active}
          label={`Active: ${user.full_name}`}
          disabled={lockReason(user, currentUserId) !== null}
          busy={changing === user.id}
          onChange={(value) => onChange(user, { is_active: value })}
        />
      ),
    },
  ];
}

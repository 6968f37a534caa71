'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useState } from 'react';
import toast from 'react-hot-toast';
import { UsersIcon } from '@heroicons/react/24/outline';
import { SearchForm } from '@/components/forms/search-form';
import { inputClasses } from '@/components/forms/text-field';
import { AdminPageHeader } from '@/components/layout/admin-shell';
import { Button } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import { LoadError } from '@/components/ui/load-error';
import { Pagination } from '@/components/ui/pagination';
import { TableSkeleton } from '@/components/ui/skeleton';
import { Switch } from '@/components/ui/switch';
import { useAuthStore } from '@/features/account/store';
import type { User, UserRole } from '@/features/account/types';
import { listUsers, updateUser } from '@/features/admin-users/api';
import {
  describeChange,
  lockReason,
  parseUserQuery,
  userQueryString,
  type UserChanges,
  type UserQuery,
} from '@/features/admin-users/rules';
import { formatDateTime } from '@/features/orders/format';
import { errorMessage } from '@/lib/api-error';
import { useRemote } from '@/lib/use-remote';

export function UserList() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const query = parseUserQuery(params);
  const queryString = userQueryString(query);
  const users = useRemote(`users${queryString}`, () => listUsers(query));
  const me = useAuthStore((state) => state.user);
  const [busy, setBusy] = useState<number | null>(null);

  const go = (next: UserQuery) => router.push(`${pathname}${userQueryString(next)}`);

  const change = async (user: User, changes: UserChanges) => {
    setBusy(user.id);
    try {
      const updated = await updateUser(user.id, changes);
      users.setData((page) =>
        page
          ? { ...page, items: page.items.map((item) => (item.id === updated.id ? updated : item)) }
          : page,
      );
      toast.success(describeChange(updated, changes));
    } catch (error: unknown) {
      toast.error(`${user.full_name}: ${errorMessage(error)}`);
    } finally {
      setBusy(null);
    }
  };

  const page = users.data;
  return (
    <>
      <AdminPageHeader
        title="Users"
        description={
          page
            ? `${page.total} ${page.total === 1 ? 'account' : 'accounts'}. Admins can open the back office; deactivated accounts cannot sign in.`
            : 'Customer and admin accounts.'
        }
      />
      <SearchForm
        id="user-search"
        label="Search users"
        placeholder="Name or email"
        value={query.search}
        onSearch={(search) => go({ search, page: 1 })}
        className="mb-4 sm:max-w-xl"
      />

      {users.error ? (
        <LoadError error={users.error} onRetry={() => void users.reload()} />
      ) : page === null ? (
        <TableSkeleton label="Loading users" />
      ) : page.items.length === 0 ? (
        <EmptyState
          icon={UsersIcon}
          title={query.search ? 'No users match' : 'No users yet'}
          action={
            query.search ? (
              <Button variant="secondary" onClick={() => go({ page: 1 })}>
                Clear the search
              </Button>
            ) : undefined
          }
        >
          {query.search
            ? 'Try another name or email address.'
            : 'Accounts appear here as people register.'}
        </EmptyState>
      ) : (
        <>
          <DataTable
            caption="Users"
            columns={[
              { label: 'Name' },
              { label: 'Joined' },
              { label: 'Email verified' },
              { label: 'Role' },
              { label: 'Active' },
            ]}
            busy={users.loading}
            minWidthClass="min-w-[48rem]"
          >
            {page.items.map((user) => {
              const locked = lockReason(user, me?.id);
              const noteId = `user-${user.id}-locked`;
              return (
                <tr key={user.id} data-testid="user-row">
                  <td className="px-4 py-3">
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
                      <span id={noteId} className="block text-xs text-slate-600">
                        {locked}
                      </span>
                    ) : null}
                  </td>
                  <td className="px-4 py-3 text-slate-700">{formatDateTime(user.created_at)}</td>
                  <td className="px-4 py-3">
                    {user.is_verified ? (
                      <span className="text-green-800">Verified</span>
                    ) : (
                      <span className="text-amber-800">Not yet</span>
                    )}
                  </td>
                  <td className="px-4 py-3">
                    <label className="sr-only" htmlFor={`role-${user.id}`}>
                      Role of {user.full_name}
                    </label>
                    <select
                      id={`role-${user.id}`}
                      value={user.role}
                      disabled={locked !== null || busy === user.id}
                      aria-describedby={locked ? noteId : undefined}
                      onChange={(event) =>
                        void change(user, { role: event.target.value as UserRole })
                      }
                      className={`${inputClasses(false)} w-36 disabled:bg-slate-100 disabled:text-slate-600`}
                    >
                      <option value="customer">Customer</option>
                      <option value="admin">Admin</option>
                    </select>
                  </td>
                  <td className="px-4 py-3">
                    <Switch
                      checked={user.is_active}
                      label={`Active: ${user.full_name}`}
                      disabled={locked !== null}
                      busy={busy === user.id}
                      onChange={(value) => void change(user, { is_active: value })}
                    />
                  </td>
                </tr>
              );
            })}
          </DataTable>
          <Pagination
            page={page.page}
            pages={page.pages}
            hrefFor={(number) => `${pathname}${userQueryString({ ...query, page: number })}`}
          />
        </>
      )}
    </>
  );
}

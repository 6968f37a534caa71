'use client';

import { useState } from 'react';
import toast from 'react-hot-toast';
import { UsersIcon } from '@heroicons/react/24/outline';
import { AdminPageHeader } from '@/components/layout/admin-shell';
import { ListEmpty } from '@/components/ui/list-empty';
import { ListToolbar } from '@/components/ui/list-toolbar';
import { PagedList } from '@/components/ui/paged-list';
import { useAuthStore } from '@/features/account/store';
import type { User } from '@/features/account/types';
import { listUsers, updateUser } from '@/features/admin-users/api';
import { UserTable } from '@/features/admin-users/components/user-table';
import { describeChange, userListQuery, type UserChanges } from '@/features/admin-users/rules';
import { errorMessage } from '@/lib/api-error';
import { useUrlList } from '@/lib/use-url-list';

export function UserList() {
  const users = useUrlList('users', userListQuery, listUsers);
  const { query } = users;
  const me = useAuthStore((state) => state.user);
  const [busy, setBusy] = useState<number | null>(null);

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
      <ListToolbar
        search={{
          id: 'user-search',
          label: 'Search users',
          placeholder: 'Name or email',
          value: query.search,
          onSearch: (search) => users.update({ search }),
        }}
      />

      <PagedList
        list={users}
        loadingLabel="Loading users"
        empty={
          <ListEmpty
            icon={UsersIcon}
            filtered={users.filtered}
            onClear={users.clear}
            noMatch={{
              title: 'No users match',
              text: 'Try another name or email address.',
              clearLabel: 'Clear the search',
            }}
            none={{ title: 'No users yet', text: 'Accounts appear here as people register.' }}
          />
        }
      >
        {(result) => (
          <UserTable
            users={result.items}
            busy={users.loading}
            changing={busy}
            currentUserId={me?.id}
            onChange={(user, changes) => void change(user, changes)}
          />
        )}
      </PagedList>
    </>
  );
}

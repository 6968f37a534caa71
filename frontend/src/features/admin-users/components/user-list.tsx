'use client';

import { UsersIcon } from '@heroicons/react/24/outline';
import { AdminListPage } from '@/components/layout/admin-list-page';
import { useBusyAction } from '@/components/ui/use-busy-action';
import { useAuthStore } from '@/features/account/store';
import type { User } from '@/features/account/types';
import { listUsers, updateUser } from '@/features/admin-users/api';
import { userColumns } from '@/features/admin-users/components/user-columns';
import { describeChange, userListQuery, type UserChanges } from '@/features/admin-users/rules';
import { countOf } from '@/lib/plural';
import { replaceItem, useUrlList } from '@/lib/use-url-list';

export function UserList() {
  const users = useUrlList('users', userListQuery, listUsers);
  const me = useAuthStore((state) => state.user);
  const changing = useBusyAction<number>();

  const change = (user: User, changes: UserChanges) =>
    changing.run(
      user.id,
      async () => {
        const updated = await updateUser(user.id, changes);
        users.setData((page) => replaceItem(page, updated));
        return updated;
      },
      { done: (updated) => describeChange(updated, changes), subject: user.full_name },
    );

  return (
    <AdminListPage
      title="Users"
      summary={(total) =>
        `${countOf(total, 'account', 'accounts')}. Admins can open the back office; deactivated accounts cannot sign in.`
      }
      description="Customer and admin accounts."
      search={{ id: 'user-search', placeholder: 'Name or email' }}
      list={users}
      empty={{
        icon: UsersIcon,
        noMatch: { title: 'No users match', text: 'Try another name or email address.' },
        none: { title: 'No users yet', text: 'Accounts appear here as people register.' },
      }}
      columns={userColumns({
        changing: changing.busy,
        currentUserId: me?.id,
        onChange: (user, changes) => void change(user, changes),
      })}
      rowTestId="user-row"
      minWidthClass="min-w-[48rem]"
    />
  );
}

import { AccountPage } from '@/features/account/components/account-page';
import { AccountSettings } from '@/features/account/components/account-settings';
import { unindexedPage } from '@/lib/page-metadata';

export const metadata = unindexedPage('Your account');

export default function YourAccountPage() {
  return (
    <AccountPage
      title="Your account"
      intro="Manage your details."
      links={[
        { href: '/orders', label: 'See your orders' },
        { href: '/account/addresses', label: 'Manage your addresses' },
      ]}
    >
      <AccountSettings />
    </AccountPage>
  );
}

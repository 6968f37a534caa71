import Link from 'next/link';
import { Container, PageTitle } from '@/components/layout/container';
import { AccountSettings } from '@/features/account/components/account-settings';
import { RequireAuth } from '@/features/account/components/require-auth';
import { unindexedPage } from '@/lib/page-metadata';

export const metadata = unindexedPage('Your account');

export default function AccountPage() {
  return (
    <Container>
      <PageTitle
        description={
          <>
            Manage your details.{' '}
            <Link href="/orders" className="font-medium text-brand-700 hover:text-brand-800">
              See your orders
            </Link>{' '}
            ·{' '}
            <Link
              href="/account/addresses"
              className="font-medium text-brand-700 hover:text-brand-800"
            >
              Manage your addresses
            </Link>
          </>
        }
      >
        Your account
      </PageTitle>
      <RequireAuth>
        <AccountSettings />
      </RequireAuth>
    </Container>
  );
}

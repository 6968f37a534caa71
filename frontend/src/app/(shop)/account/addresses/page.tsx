import Link from 'next/link';
import { Container, PageTitle } from '@/components/layout/container';
import { RequireAuth } from '@/features/account/components/require-auth';
import { AddressBook } from '@/features/addresses/components/address-book';
import { unindexedPage } from '@/lib/page-metadata';

export const metadata = unindexedPage('Addresses');

export default function AddressesPage() {
  return (
    <Container>
      <PageTitle
        description={
          <>
            Where your orders go; checkout offers them.{' '}
            <Link href="/account" className="font-medium text-brand-700 hover:text-brand-800">
              Back to your account
            </Link>
          </>
        }
      >
        Addresses
      </PageTitle>
      <RequireAuth>
        <AddressBook />
      </RequireAuth>
    </Container>
  );
}

import { AccountPage } from '@/features/account/components/account-page';
import { AddressBook } from '@/features/addresses/components/address-book';
import { unindexedPage } from '@/lib/page-metadata';

export const metadata = unindexedPage('Addresses');

export default function AddressesPage() {
  return (
    <AccountPage title="Addresses" intro="Where your orders go; checkout offers them.">
      <AddressBook />
    </AccountPage>
  );
}

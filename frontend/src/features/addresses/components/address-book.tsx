'use client';

// The signed-in customer's address book: the addresses as cards, a dialog that adds or edits one,
// and a confirmation before one is deleted. Every change reloads the list, as the default may move.
import { MapPinIcon, PlusIcon } from '@heroicons/react/24/outline';
import toast from 'react-hot-toast';
import { Button } from '@/components/ui/button';
import { ConfirmDeleteDialog, useConfirmDelete } from '@/components/ui/confirm-delete';
import { EditDialog, useEditDialog } from '@/components/ui/edit-dialog';
import { EmptyState } from '@/components/ui/empty-state';
import { LoadError } from '@/components/ui/load-error';
import { TableSkeleton } from '@/components/ui/skeleton';
import { useBusyAction } from '@/components/ui/use-busy-action';
import { listAddresses, makeDefaultAddress, removeAddress } from '@/features/addresses/api';
import { AddressCard } from '@/features/addresses/components/address-card';
import { AddressForm } from '@/features/addresses/components/address-form';
import type { Address } from '@/features/addresses/types';
import { useRemote } from '@/lib/use-remote';

export function AddressBook() {
  const list = useRemote('addresses', listAddresses);
  const editor = useEditDialog<Address>();
  const deletion = useConfirmDelete<Address>({
    remove: ({ id }) => removeAddress(id),
    onDeleted: async () => {
      toast.success('Address deleted.');
      await list.reload();
    },
    title: () => 'Delete this address?',
    description: (address) =>
      `${address.label ?? address.recipient_name} leaves your address book. Orders placed with it keep their own copy.`,
    confirmLabel: 'Delete address',
  });
  const defaulting = useBusyAction<number>();

  const onSaved = () => {
    editor.close();
    void list.reload();
  };

  const onMakeDefault = async (address: Address) => {
    const made = await defaulting.run(address.id, () => makeDefaultAddress(address.id), {
      done: () => 'Default address changed.',
    });
    if (made) await list.reload();
  };

  if (list.error) return <LoadError error={list.error} onRetry={() => void list.reload()} />;
  if (list.data === null) return <TableSkeleton label="Loading addresses" rows={3} />;
  const addresses = list.data.items;

  const addButton = (
    <Button onClick={() => editor.open('new')} icon={PlusIcon}>
      Add address
    </Button>
  );

  return (
    <>
      {addresses.length === 0 ? (
        <EmptyState icon={MapPinIcon} title="No saved addresses yet" action={addButton}>
          Save the places you ship to, and checkout fills them in for you.
        </EmptyState>
      ) : (
        <>
          <div className="mb-4 flex justify-end">{addButton}</div>
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {addresses.map((address) => (
              <li key={address.id}>
                <AddressCard
                  address={address}
                  busy={defaulting.busy === address.id}
                  onEdit={() => editor.open(address)}
                  onDelete={() => deletion.ask(address)}
                  onMakeDefault={() => void onMakeDefault(address)}
                />
              </li>
            ))}
          </ul>
        </>
      )}
      <EditDialog
        dialog={editor}
        title={(address) => (address ? 'Edit address' : 'Add an address')}
        size="lg"
      >
        {(address) => <AddressForm address={address} onSaved={onSaved} onCancel={editor.close} />}
      </EditDialog>
      <ConfirmDeleteDialog deletion={deletion} />
    </>
  );
}

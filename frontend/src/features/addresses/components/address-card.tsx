// One address of the book as a card: its label, recipient and lines, a "Default" badge, and the
// buttons that edit, delete or make it the default.
import { PencilSquareIcon, StarIcon, TrashIcon } from '@heroicons/react/24/outline';
import { Button } from '@/components/ui/button';
import { addressLines } from '@/features/addresses/form';
import type { Address } from '@/features/addresses/types';

export interface AddressCardProps {
  address: Address;
  /** True while this address is being made the default. */
  busy: boolean;
  onEdit: () => void;
  onDelete: () => void;
  onMakeDefault: () => void;
}

export function AddressCard({ address, busy, onEdit, onDelete, onMakeDefault }: AddressCardProps) {
  const name = address.label ?? address.recipient_name;
  return (
    <article
      aria-label={name}
      data-testid="address-card"
      className="flex h-full flex-col rounded-lg border border-slate-200 bg-white p-4 sm:p-5"
    >
      <div className="flex items-start justify-between gap-2">
        <h2 className="text-base font-semibold text-slate-900">{name}</h2>
        {address.is_default ? (
          <span
            data-testid="address-default"
            className="rounded-full bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-800"
          >
            Default
          </span>
        ) : null}
      </div>
      <address className="mt-2 flex-1 text-sm not-italic leading-6 text-slate-700">
        {address.recipient_name}
        {addressLines(address).map((line, index) => (
          <span key={index} className="block">
            {line}
          </span>
        ))}
        {address.phone ? <span className="block">{address.phone}</span> : null}
      </address>
      <div className="mt-4 flex flex-wrap gap-2">
        <Button variant="secondary" size="sm" onClick={onEdit} icon={PencilSquareIcon}>
          Edit<span className="sr-only"> {name}</span>
        </Button>
        <Button variant="ghost" size="sm" onClick={onDelete} icon={TrashIcon}>
          Delete<span className="sr-only"> {name}</span>
        </Button>
        {address.is_default ? null : (
          <Button variant="ghost" size="sm" onClick={onMakeDefault} loading={busy}>
            {busy ? null : <StarIcon className="h-4 w-4" aria-hidden="true" />}
            Make default<span className="sr-only"> {name}</span>
          </Button>
        )}
      </div>
    </article>
  );
}

// The address book's part of the shipping fieldset: the select of saved addresses above the fields,
// and the offer to save a new address below them.
import { SelectField } from '@/components/forms/select-field';
import type { SavedAddressChoice } from '@/features/checkout/components/use-saved-address';
import { NEW_ADDRESS, savedAddressOption } from '@/features/checkout/saved-address';

export function SavedAddressSelect({ choice }: { choice: SavedAddressChoice }) {
  if (choice.addresses === null || choice.addresses.length === 0) return null;
  return (
    <SelectField
      className="sm:col-span-2"
      label="Saved address"
      value={choice.selected}
      onChange={(event) => choice.select(event.target.value)}
      options={[
        ...choice.addresses.map((address) => ({
          value: String(address.id),
          label: savedAddressOption(address),
        })),
        { value: NEW_ADDRESS, label: 'A new address' },
      ]}
    />
  );
}

export function SaveAddressOption({ choice }: { choice: SavedAddressChoice }) {
  if (!choice.canSave) return null;
  return (
    <label className="flex items-center gap-3 text-sm font-medium text-slate-900 sm:col-span-2">
      <input
        type="checkbox"
        className="h-5 w-5 rounded border-slate-400 text-brand-600 focus:ring-brand-600"
        checked={choice.save}
        onChange={(event) => choice.setSave(event.target.checked)}
      />
      Save this address to my address book
    </label>
  );
}

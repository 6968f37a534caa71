// The address book's part of the shipping fieldset: the select of saved addresses above the fields,
// and the offer to save a new address below them.
import { CheckboxField } from '@/components/forms/checkbox-field';
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
    <CheckboxField
      label="Save this address to my address book"
      className="sm:col-span-2"
      checked={choice.save}
      onChange={(event) => choice.setSave(event.target.checked)}
    />
  );
}

// How checkout uses the address book: which checkout fields a saved address fills, and the address
// a new one becomes when the customer asks to save it.
import { toAddressInput } from '@/features/addresses/form';
import type { Address, AddressInput } from '@/features/addresses/types';
import type { CheckoutValues } from '@/features/checkout/components/checkout-fields';

/** The value of the saved-address select that stands for an address typed in by hand. */
export const NEW_ADDRESS = 'new';

/** The checkout fields a saved address fills, and the address field each one comes from. */
const FROM_ADDRESS = {
  customer_name: 'recipient_name',
  customer_phone: 'phone',
  shipping_address: 'address',
  shipping_city: 'city',
  shipping_state: 'state',
  shipping_postal_code: 'postal_code',
  shipping_country: 'country',
} as const satisfies Partial<Record<keyof CheckoutValues, keyof Address>>;

export type SavedAddressField = keyof typeof FROM_ADDRESS;

export const SAVED_ADDRESS_FIELDS = Object.keys(FROM_ADDRESS) as SavedAddressField[];

/** What the checkout fields hold once `address` is picked (a missing phone or state is ""). */
export function checkoutFieldsOf(address: Address): Record<SavedAddressField, string> {
  const fields = {} as Record<SavedAddressField, string>;
  for (const field of SAVED_ADDRESS_FIELDS) {
    fields[field] = address[FROM_ADDRESS[field]] ?? '';
  }
  return fields;
}

/** The address book entry the checkout's fields make: trimmed, empty optional fields left out. */
export function addressInputOf(values: CheckoutValues): AddressInput {
  return toAddressInput(
    {
      label: '',
      recipient_name: values.customer_name,
      phone: values.customer_phone,
      address: values.shipping_address,
      city: values.shipping_city,
      state: values.shipping_state,
      postal_code: values.shipping_postal_code,
      country: values.shipping_country,
      is_default: false,
    },
    false,
  );
}

/** How the select names a saved address: its label or recipient, then the street and city. */
export function savedAddressOption(address: Address): string {
  const name = address.label ?? address.recipient_name;
  const suffix = address.is_default ? ' (default)' : '';
  return `${name}: ${address.address}, ${address.city}${suffix}`;
}

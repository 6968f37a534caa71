// The address form's values and what they become in the request body.
import type { Address, AddressInput } from '@/features/addresses/types';

export interface AddressFormValues {
  label: string;
  recipient_name: string;
  phone: string;
  address: string;
  city: string;
  state: string;
  postal_code: string;
  country: string;
  /** "Make this my default address": unticked at first, as it is only ever sent as true. */
  is_default: boolean;
}

/** The fields a 422 may name: the form's fields carry the API's names. */
export const ADDRESS_FIELDS = [
  'label',
  'recipient_name',
  'phone',
  'address',
  'city',
  'state',
  'postal_code',
  'country',
  'is_default',
] as const;

export function addressFormValues(address: Address | null): AddressFormValues {
  return {
    label: address?.label ?? '',
    recipient_name: address?.recipient_name ?? '',
    phone: address?.phone ?? '',
    address: address?.address ?? '',
    city: address?.city ?? '',
    state: address?.state ?? '',
    postal_code: address?.postal_code ?? '',
    country: address?.country ?? '',
    is_default: false,
  };
}

/**
 * The request body: trimmed text; an empty label, phone or state is null when editing (to clear
 * it) and absent when creating. `is_default` is sent only when true, as editing allows no `false`.
 */
export function toAddressInput(values: AddressFormValues, editing: boolean): AddressInput {
  const input: AddressInput = {
    recipient_name: values.recipient_name.trim(),
    address: values.address.trim(),
    city: values.city.trim(),
    postal_code: values.postal_code.trim(),
    country: values.country.trim(),
  };
  for (const field of ['label', 'phone', 'state'] as const) {
    const value = values[field].trim();
    if (value !== '') input[field] = value;
    else if (editing) input[field] = null;
  }
  if (values.is_default) input.is_default = true;
  return input;
}

/** The lines of an address as a card or a select shows them. */
export function addressLines(address: Address): string[] {
  return [
    address.address,
    [address.postal_code, address.city, address.state].filter(Boolean).join(' '),
    address.country,
  ];
}

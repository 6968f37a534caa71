'use client';

// The saved-address choice of checkout: loads the address book, picks the default once it arrives
// and fills the fields with the picked address; "a new address" puts the fields back as a fresh
// checkout has them. Also whether the customer asked to save the new address they typed.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { UseFormResetField, UseFormSetValue } from 'react-hook-form';
import { listAddresses } from '@/features/addresses/api';
import { ADDRESS_LIMIT, type Address } from '@/features/addresses/types';
import type { CheckoutValues } from '@/features/checkout/components/checkout-fields';
import {
  NEW_ADDRESS,
  SAVED_ADDRESS_FIELDS,
  checkoutFieldsOf,
} from '@/features/checkout/saved-address';
import { useRemote } from '@/lib/use-remote';

export interface SavedAddressChoice {
  /** The customer's addresses; null until they arrive (or when they could not be loaded). */
  addresses: Address[] | null;
  /** The id of the picked address, or NEW_ADDRESS. */
  selected: string;
  select: (value: string) => void;
  /** Whether the form offers to save the address: a new one, with room left in the book. */
  canSave: boolean;
  save: boolean;
  setSave: (save: boolean) => void;
}

export function useSavedAddress(
  setValue: UseFormSetValue<CheckoutValues>,
  resetField: UseFormResetField<CheckoutValues>,
): SavedAddressChoice {
  const list = useRemote('addresses', listAddresses);
  const [selected, setSelected] = useState(NEW_ADDRESS);
  const [save, setSave] = useState(false);
  const preselected = useRef(false);
  const addresses = list.data?.items ?? null;

  const fill = useCallback(
    (value: string, from: Address[]) => {
      setSelected(value);
      const address = from.find((candidate) => String(candidate.id) === value);
      const fields = address ? checkoutFieldsOf(address) : null;
      for (const field of SAVED_ADDRESS_FIELDS) {
        if (fields) setValue(field, fields[field], { shouldValidate: true });
        else resetField(field);
      }
    },
    [setValue, resetField],
  );

  useEffect(() => {
    if (preselected.current || addresses === null) return;
    preselected.current = true;
    const preferred = addresses.find((address) => address.is_default) ?? addresses[0];
    if (preferred) fill(String(preferred.id), addresses);
  }, [addresses, fill]);

  return {
    addresses,
    selected,
    select: (value) => fill(value, addresses ?? []),
    canSave: addresses !== null && selected === NEW_ADDRESS && addresses.length < ADDRESS_LIMIT,
    save,
    setSave,
  };
}

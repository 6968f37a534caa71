import { describe, expect, test } from 'vitest';
import { testAddress } from '@/features/addresses/test-address';
import type { CheckoutValues } from '@/features/checkout/components/checkout-fields';
import {
  addressInputOf,
  checkoutFieldsOf,
  savedAddressOption,
} from '@/features/checkout/saved-address';

const work = testAddress({
  id: 8,
  recipient_name: 'Grace Hopper',
  phone: '+1 555 0100',
  address: '1 Navy Yard',
  city: 'Arlington',
  postal_code: '22202',
  country: 'United States',
});

describe('checkout and the address book', () => {
  test('a saved address fills the contact name and phone and the shipping fields', () => {
    expect(checkoutFieldsOf(work)).toEqual({
      customer_name: 'Grace Hopper',
      customer_phone: '+1 555 0100',
      shipping_address: '1 Navy Yard',
      shipping_city: 'Arlington',
      shipping_state: '',
      shipping_postal_code: '22202',
      shipping_country: 'United States',
    });
  });

  test('the fields of a new address become an address book entry, trimmed, blanks left out', () => {
    const values: CheckoutValues = {
      customer_name: ' Grace Hopper ',
      customer_email: 'grace@example.com',
      customer_phone: '',
      shipping_address: '1 Navy Yard',
      shipping_city: 'Arlington',
      shipping_state: 'VA',
      shipping_postal_code: '22202',
      shipping_country: 'United States',
      notes: 'Ring twice',
    };
    expect(addressInputOf(values)).toEqual({
      recipient_name: 'Grace Hopper',
      address: '1 Navy Yard',
      city: 'Arlington',
      state: 'VA',
      postal_code: '22202',
      country: 'United States',
    });
  });

  test('the select names an address by its label or recipient and marks the default', () => {
    expect(savedAddressOption(work)).toBe('Grace Hopper: 1 Navy Yard, Arlington');
    expect(savedAddressOption({ ...work, label: 'Office', is_default: true })).toBe(
      'Office: 1 Navy Yard, Arlington (default)',
    );
  });
});

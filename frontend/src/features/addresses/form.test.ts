import { describe, expect, test } from 'vitest';
import { addressFormValues, addressLines, toAddressInput } from '@/features/addresses/form';
import { testAddress } from '@/features/addresses/test-address';

const home = testAddress({ id: 3, label: 'Home', is_default: true });

describe('address form values', () => {
  test('start empty for a new address and hold the address when editing, null as "", default unticked', () => {
    expect(addressFormValues(null)).toEqual({
      label: '',
      recipient_name: '',
      phone: '',
      address: '',
      city: '',
      state: '',
      postal_code: '',
      country: '',
      is_default: false,
    });
    expect(addressFormValues(home)).toMatchObject({
      label: 'Home',
      phone: '',
      state: '',
      is_default: false,
    });
  });

  test('become a trimmed body that leaves empty optional fields out when creating', () => {
    const values = { ...addressFormValues(home), label: ' ', city: ' London ', is_default: false };
    expect(toAddressInput(values, false)).toEqual({
      recipient_name: 'Ada Lovelace',
      address: '12 St James Square',
      city: 'London',
      postal_code: 'SW1Y 4JH',
      country: 'United Kingdom',
    });
  });

  test('clear empty optional fields with null when editing, and never send is_default false', () => {
    const values = { ...addressFormValues(home), phone: '', state: ' Greater London ' };
    const input = toAddressInput({ ...values, is_default: false }, true);
    expect(input).toMatchObject({ label: 'Home', phone: null, state: 'Greater London' });
    expect(input).not.toHaveProperty('is_default');
    expect(toAddressInput({ ...values, is_default: true }, true).is_default).toBe(true);
  });
});

test('an address shows as its street, its postal code, city and state, then its country', () => {
  expect(addressLines({ ...home, state: 'Greater London' })).toEqual([
    '12 St James Square',
    'SW1Y 4JH London Greater London',
    'United Kingdom',
  ]);
});

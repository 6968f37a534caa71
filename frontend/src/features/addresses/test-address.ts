// Test helpers of the address book: an address as the API sends it, and typing the lines of one
// into a form whose fields carry the usual labels (the address form, checkout).
import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import type { Address } from '@/features/addresses/types';

export function testAddress(overrides: Partial<Address> = {}): Address {
  return {
    id: 1,
    label: null,
    recipient_name: 'Ada Lovelace',
    phone: null,
    address: '12 St James Square',
    city: 'London',
    state: null,
    postal_code: 'SW1Y 4JH',
    country: 'United Kingdom',
    is_default: false,
    created_at: '2026-12-01T10:00:00Z',
    updated_at: '2026-12-01T10:00:00Z',
    ...overrides,
  };
}

/** Types a street, city, postal code and country into the fields labelled so. */
export async function typeAddressLines(
  user: UserEvent,
  lines: { street: string; city: string; postalCode: string; country: string },
): Promise<void> {
  await user.type(screen.getByLabelText('Street address'), lines.street);
  await user.type(screen.getByLabelText('City'), lines.city);
  await user.type(screen.getByLabelText('Postal code'), lines.postalCode);
  await user.type(screen.getByLabelText('Country'), lines.country);
}

// Calls of /api/addresses, the signed-in customer's address book; answers are validated (types.ts).
import { apiClient } from '@/lib/api-client';
import { bodyOf, pageSchema, type Page } from '@/lib/api-schema';
import {
  ADDRESS_LIMIT,
  addressSchema,
  type Address,
  type AddressInput,
} from '@/features/addresses/types';

const addressPageSchema = pageSchema(addressSchema);

/** Every address of the customer (one page holds the limit), the default first. */
export function listAddresses(): Promise<Page<Address>> {
  return bodyOf(
    addressPageSchema,
    apiClient.get('/addresses', { params: { page: 1, size: ADDRESS_LIMIT } }),
  );
}

export function createAddress(input: AddressInput): Promise<Address> {
  return bodyOf(addressSchema, apiClient.post('/addresses', input));
}

export function updateAddress(id: number, input: Partial<AddressInput>): Promise<Address> {
  return bodyOf(addressSchema, apiClient.put(`/addresses/${id}`, input));
}

export async function removeAddress(id: number): Promise<void> {
  await apiClient.delete(`/addresses/${id}`);
}

/** Makes the address the default; the one that was the default stops being it. */
export function makeDefaultAddress(id: number): Promise<Address> {
  return updateAddress(id, { is_default: true });
}

// The address book's app types and the schema that reads an address from the API.
import { z } from '@/lib/zod';

/** How many addresses a customer may keep (the API answers 409 past it). */
export const ADDRESS_LIMIT = 20;

export const addressSchema = z.object({
  id: z.number(),
  label: z.string().nullable(),
  recipient_name: z.string(),
  phone: z.string().nullable(),
  address: z.string(),
  city: z.string(),
  state: z.string().nullable(),
  postal_code: z.string(),
  country: z.string(),
  is_default: z.boolean(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type Address = z.output<typeof addressSchema>;

/** The body of POST /api/addresses; PUT takes any of its fields. */
export interface AddressInput {
  label?: string | null;
  recipient_name: string;
  phone?: string | null;
  address: string;
  city: string;
  state?: string | null;
  postal_code: string;
  country: string;
  /** Only `true` may be sent when editing: it makes this address the default. */
  is_default?: boolean;
}

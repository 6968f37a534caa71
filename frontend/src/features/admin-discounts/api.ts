// Calls of /api/admin/discount-codes. The only place that knows these paths; answers are validated
// (types.ts).
import { adminListReader } from '@/lib/admin-page';
import { apiClient } from '@/lib/api-client';
import { bodyOf } from '@/lib/api-schema';
import { discountCodeListQuery } from '@/features/admin-discounts/list-query';
import {
  discountCodeSchema,
  type DiscountCode,
  type DiscountCodeInput,
} from '@/features/admin-discounts/types';

/** A page of codes, newest first; `search` is part of a code. */
export const listDiscountCodes = adminListReader(
  discountCodeListQuery,
  discountCodeSchema,
  '/admin/discount-codes',
);

/** Creates a code; the API answers 409 when the code exists (in any case). */
export function createDiscountCode(input: DiscountCodeInput): Promise<DiscountCode> {
  return bodyOf(discountCodeSchema, apiClient.post('/admin/discount-codes', input));
}

/** Changes a code: 409 for a code another one has, 422 for a usage limit below its uses. */
export function updateDiscountCode(id: number, input: DiscountCodeInput): Promise<DiscountCode> {
  return bodyOf(discountCodeSchema, apiClient.put(`/admin/discount-codes/${id}`, input));
}

/** Deletes a code; orders placed with it keep its code and amount. */
export async function deleteDiscountCode(id: number): Promise<void> {
  await apiClient.delete(`/admin/discount-codes/${id}`);
}

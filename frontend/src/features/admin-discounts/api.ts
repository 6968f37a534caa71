// Calls of /api/admin/discount-codes. The only place that knows these paths; answers are validated
// (types.ts).
import { getAdminPage } from '@/lib/admin-page';
import { apiClient } from '@/lib/api-client';
import { bodyOf, pageSchema, type Page } from '@/lib/api-schema';
import type { DiscountCodeQuery } from '@/features/admin-discounts/list-query';
import {
  discountCodeSchema,
  type DiscountCode,
  type DiscountCodeInput,
} from '@/features/admin-discounts/types';

const discountCodePageSchema = pageSchema(discountCodeSchema);

/** A page of codes, newest first; `search` is part of a code. */
export function listDiscountCodes(query: DiscountCodeQuery): Promise<Page<DiscountCode>> {
  return getAdminPage(discountCodePageSchema, '/admin/discount-codes', {
    search: query.search,
    page: query.page,
  });
}

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

// The back office's discount codes: the schema that reads one from the API (money in cents) and the
// body that creates or changes one.
import { z } from '@/lib/zod';
import { amountsInCents, wireMoney } from '@/lib/money';
import { discountKindSchema, discountValueOf, type DiscountKind } from '@/features/cart/discount';

export const discountCodeSchema = z
  .object({
    id: z.number(),
    code: z.string(),
    kind: discountKindSchema,
    value: wireMoney,
    min_subtotal: wireMoney.nullable(),
    starts_at: z.string().nullable(),
    ends_at: z.string().nullable(),
    usage_limit: z.number().int().nullable(),
    once_per_customer: z.boolean(),
    is_active: z.boolean(),
    /** Orders not cancelled that used the code. */
    times_used: z.number().int(),
    /** What those orders were given off. */
    discount_total: wireMoney,
    created_at: z.string(),
    updated_at: z.string(),
  })
  .transform(({ kind, value, ...code }) => ({
    ...amountsInCents(code, ['min_subtotal', 'discount_total']),
    value: discountValueOf(kind, value),
  }));
export type DiscountCode = z.output<typeof discountCodeSchema>;

/**
 * The body of POST /api/admin/discount-codes, and of PUT (where `null` clears an optional field).
 * `value` is a percent for a percentage, an amount (two decimals) for a fixed discount.
 */
export interface DiscountCodeInput {
  code: string;
  kind: DiscountKind;
  value: number;
  min_subtotal: number | null;
  /** ISO 8601 UTC. */
  starts_at: string | null;
  ends_at: string | null;
  usage_limit: number | null;
  once_per_customer: boolean;
  is_active: boolean;
}

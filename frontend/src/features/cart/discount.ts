// A discount code's kind and value as the app holds them: a percentage, or an amount in cents. The
// API sends both as a number with two decimals (`value` 10.00 is 10 %, 5.00 is $5.00); the cart's
// code and the back office's codes are read through `discountValueOf` and worded by
// `formatDiscountValue` ("10 %", "$5.00").
import { z } from '@/lib/zod';
import { formatCents, LOCALE } from '@/lib/money';

export const discountKindSchema = z.enum(['percentage', 'fixed']);
export type DiscountKind = z.output<typeof discountKindSchema>;

export type DiscountValue =
  | { kind: 'percentage'; percent: number }
  | { kind: 'fixed'; amount_cents: number };

/** The value of a code of `kind`, from its wire `value` already in hundredths (wireMoney). */
export function discountValueOf(kind: DiscountKind, hundredths: number): DiscountValue {
  return kind === 'percentage'
    ? { kind, percent: hundredths / 100 }
    : { kind, amount_cents: hundredths };
}

const percentFormatter = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 });

/** "10 %" or "12.5 %" for a percentage, "$5.00" for an amount. */
export function formatDiscountValue(value: DiscountValue): string {
  return value.kind === 'percentage'
    ? `${percentFormatter.format(value.percent)} %`
    : formatCents(value.amount_cents);
}

// How the back office words a discount code's limits: its usage, its period and its minimum.
import type { DiscountCode } from '@/features/admin-discounts/types';
import { formatDateTime } from '@/lib/date-time';
import { formatCents } from '@/lib/money';

/** "3 / 100", or "3 / ∞" for a code without a usage limit. */
export function formatUsage(code: Pick<DiscountCode, 'times_used' | 'usage_limit'>): string {
  return `${code.times_used} / ${code.usage_limit ?? '∞'}`;
}

/** "From … to …", "From …", "Until …", or "Always" for a code without dates. */
export function formatPeriod(code: Pick<DiscountCode, 'starts_at' | 'ends_at'>): string {
  const { starts_at: start, ends_at: end } = code;
  if (start !== null && end !== null) {
    return `From ${formatDateTime(start)} to ${formatDateTime(end)}`;
  }
  if (start !== null) return `From ${formatDateTime(start)}`;
  if (end !== null) return `Until ${formatDateTime(end)}`;
  return 'Always';
}

/** "$20.00", or "None" for a code without a minimum subtotal. */
export function formatMinimum(code: Pick<DiscountCode, 'min_subtotal_cents'>): string {
  return code.min_subtotal_cents === null ? 'None' : formatCents(code.min_subtotal_cents);
}

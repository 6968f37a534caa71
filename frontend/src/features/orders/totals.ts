// The money rows that end a cart's, a checkout's or an order's summary: the subtotal, the discount
// when a code took something off, and the total.
import type { DetailRow } from '@/components/ui/detail-list';
import { formatCents } from '@/lib/money';

export interface Totals {
  subtotal_cents: number;
  /** The code that was applied, or null. */
  discount_code: string | null;
  discount_amount_cents: number;
  total_cents: number;
}

/** What a discount takes off, as a summary shows it: "−$5.00". */
export function formatDiscountAmount(cents: number): string {
  return `−${formatCents(cents)}`;
}

/**
 * The Subtotal row, a "Discount (CODE)" row when the code took something off, and the Total row;
 * each value's test id is `${testIdPrefix}-subtotal`, `-discount` and `-total`.
 */
export function totalsRows(
  totals: Totals,
  testIdPrefix: string,
): { rows: DetailRow[]; total: DetailRow } {
  const rows: DetailRow[] = [
    {
      label: 'Subtotal',
      value: formatCents(totals.subtotal_cents),
      testId: `${testIdPrefix}-subtotal`,
    },
  ];
  if (totals.discount_amount_cents > 0) {
    rows.push({
      label: totals.discount_code ? `Discount (${totals.discount_code})` : 'Discount',
      value: formatDiscountAmount(totals.discount_amount_cents),
      testId: `${testIdPrefix}-discount`,
    });
  }
  return {
    rows,
    total: {
      label: 'Total',
      value: formatCents(totals.total_cents),
      testId: `${testIdPrefix}-total`,
    },
  };
}

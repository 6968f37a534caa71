// Columns that back-office tables draw the same way: a date and time, an amount of money, and a
// two-way state (active or not, visible or hidden) as a coloured badge.
import type { DataTableColumn } from '@/components/ui/data-table';
import { formatDateTime } from '@/lib/date-time';
import { formatCents } from '@/lib/money';

/** The date and time of each row's `date` (an ISO timestamp), in the reader's time zone. */
export function dateColumn<T>(
  label: string,
  date: (row: T) => string,
  className = 'text-slate-700',
): DataTableColumn<T> {
  return { label, className, cell: (row) => formatDateTime(date(row)) };
}

/** Each row's amount in cents, formatted and aligned on the right. */
export function moneyColumn<T>(
  label: string,
  cents: (row: T) => number,
  className?: string,
): DataTableColumn<T> {
  return { label, align: 'right', className, cell: (row) => formatCents(cents(row)) };
}

/** Green with `on`'s word when the state holds, grey with `off`'s when it does not. */
export function StateBadge({ on, words }: { on: boolean; words: { on: string; off: string } }) {
  return on ? (
    <span className="rounded-full bg-green-100 px-2.5 py-0.5 text-xs font-semibold text-green-900">
      {words.on}
    </span>
  ) : (
    <span className="rounded-full bg-slate-200 px-2.5 py-0.5 text-xs font-semibold text-slate-800">
      {words.off}
    </span>
  );
}

/** Each row's two-way state as a StateBadge. */
export function stateColumn<T>(
  label: string,
  on: (row: T) => boolean,
  words: { on: string; off: string },
): DataTableColumn<T> {
  return { label, cell: (row) => <StateBadge on={on(row)} words={words} /> };
}

// Label/value facts as a description list: an order's number and date, a cart's count and subtotal.
import type { ReactNode } from 'react';

export interface DetailRow {
  label: string;
  value: ReactNode;
  /** The data-testid of the value. */
  testId?: string;
}

export interface DetailListProps {
  rows: DetailRow[];
  /** A last row set apart by a rule and a larger, bold type (a total). */
  total?: DetailRow;
  /** Spacing of the list, e.g. "mt-4 space-y-2 text-sm". */
  className?: string;
}

/** One row a fact, label on the left and value on the right. */
export function DetailList({ rows, total, className = 'space-y-2' }: DetailListProps) {
  return (
    <dl className={className}>
      {rows.map((row) => (
        <div key={row.label} className="flex justify-between gap-2">
          <dt className="text-slate-600">{row.label}</dt>
          <dd data-testid={row.testId}>{row.value}</dd>
        </div>
      ))}
      {total ? (
        <div className="flex justify-between gap-2 border-t border-slate-200 pt-2 text-base font-semibold">
          <dt>{total.label}</dt>
          <dd data-testid={total.testId}>{total.value}</dd>
        </div>
      ) : null}
    </dl>
  );
}

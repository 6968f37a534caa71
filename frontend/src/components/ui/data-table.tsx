// The back office's tables: one header row and one row per item, both drawn from `columns`.
import type { Key, ReactNode } from 'react';

export interface DataTableColumn<T> {
  label: string;
  /** Numbers line up on the right. */
  align?: 'left' | 'right';
  /** A column without a visible heading (e.g. the row's actions), still named for screen readers. */
  hidden?: boolean;
  /** Extra classes of this column's cells, e.g. a colour or a weight. */
  className?: string;
  /** This column's cells name their rows (<th scope="row">), e.g. the day of a row of figures. */
  rowHeader?: boolean;
  cell: (row: T) => ReactNode;
}

export interface DataTableProps<T> {
  /** Read by screen readers only. */
  caption: string;
  columns: DataTableColumn<T>[];
  rows: T[];
  rowKey: (row: T) => Key;
  /** The data-testid of each body row. */
  rowTestId?: string;
  /** While a new page loads the old rows stay and fade. */
  busy?: boolean;
  /** A Tailwind min-width class for narrow screens, e.g. "min-w-[44rem]". */
  minWidthClass?: string;
  /** 'framed' is a page's main table; 'plain' sits inside a panel; 'compact' is framed, shorter rows. */
  variant?: 'framed' | 'compact' | 'plain';
}

const CELL_PADDING = {
  framed: 'px-4 py-3',
  compact: 'px-4 py-2',
  plain: 'py-2 pr-2 last:pr-0',
};

export function DataTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  rowTestId,
  busy = false,
  minWidthClass = '',
  variant = 'framed',
}: DataTableProps<T>) {
  const plain = variant === 'plain';
  const padding = CELL_PADDING[variant];
  const alignment = (column: DataTableColumn<T>) => (column.align === 'right' ? 'text-right' : '');
  return (
    <div
      className={`overflow-x-auto ${plain ? '' : 'rounded-lg border border-slate-200 bg-white shadow-sm'} ${busy ? 'opacity-60' : ''}`}
      aria-busy={busy || undefined}
    >
      <table className={`w-full ${minWidthClass} text-left text-sm`}>
        <caption className="sr-only">{caption}</caption>
        <thead className={`border-b border-slate-200 text-slate-600 ${plain ? '' : 'bg-slate-50'}`}>
          <tr>
            {columns.map((column) => (
              <th
                key={column.label}
                scope="col"
                className={`${plain ? padding : 'px-4 py-3'} font-medium ${alignment(column)}`}
              >
                {column.hidden ? <span className="sr-only">{column.label}</span> : column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr
              key={rowKey(row)}
              data-testid={rowTestId}
              className={plain ? undefined : 'hover:bg-slate-50'}
            >
              {columns.map((column) => {
                const className = `${padding} ${alignment(column)} ${column.className ?? ''}`;
                return column.rowHeader ? (
                  <th key={column.label} scope="row" className={`font-normal ${className}`}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.label} className={className}>
                    {column.cell(row)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

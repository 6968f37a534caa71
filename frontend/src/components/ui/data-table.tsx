import type { ReactNode } from 'react';

export interface DataTableColumn {
  label: string;
  /** Numbers line up on the right. */
  align?: 'left' | 'right';
  /** A column without a visible heading (e.g. the row's actions), still named for screen readers. */
  hidden?: boolean;
}

/**
 * The back office's tables: a scrollable bordered frame, a caption for screen readers, one header
 * row from `columns`, and the body rows as children. While `busy` (a new page is loading), the old
 * rows stay and fade.
 */
export function DataTable({
  caption,
  columns,
  busy,
  minWidthClass,
  children,
}: {
  caption: string;
  columns: DataTableColumn[];
  busy: boolean;
  /** A Tailwind min-width class for narrow screens, e.g. "min-w-[44rem]". */
  minWidthClass: string;
  children: ReactNode;
}) {
  return (
    <div
      className={`overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm ${busy ? 'opacity-60' : ''}`}
      aria-busy={busy || undefined}
    >
      <table className={`w-full ${minWidthClass} text-left text-sm`}>
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-slate-600">
          <tr>
            {columns.map((column) => (
              <th
                key={column.label}
                scope="col"
                className={`px-4 py-3 font-medium ${column.align === 'right' ? 'text-right' : ''}`}
              >
                {column.hidden ? <span className="sr-only">{column.label}</span> : column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}

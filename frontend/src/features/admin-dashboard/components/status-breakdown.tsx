// How many orders are in each status, as labelled bars that link to the filtered order list.
import Link from 'next/link';
import type { StatusSlice } from '@/features/admin-dashboard/chart-data';

const STATUS_BAR: Record<string, string> = {
  pending: 'bg-amber-500',
  processing: 'bg-brand-600',
  shipped: 'bg-indigo-600',
  delivered: 'bg-green-600',
  cancelled: 'bg-slate-400',
};

export function StatusBreakdown({ slices }: { slices: StatusSlice[] }) {
  return (
    <ul className="space-y-3">
      {slices.map((slice) => (
        <li key={slice.status}>
          <Link
            href={`/admin/orders?status=${slice.status}`}
            className="group block rounded-md focus-visible:outline-offset-4"
          >
            <span className="flex items-center justify-between text-sm">
              <span className="font-medium text-slate-800 group-hover:text-brand-700">
                {slice.label}
              </span>
              <span className="text-slate-700">
                <span data-testid={`status-count-${slice.status}`}>{slice.count}</span>
                <span className="sr-only"> orders</span>
                <span className="ml-2 text-xs text-slate-600">{slice.percent}%</span>
              </span>
            </span>
            <span className="mt-1 block h-2 rounded-full bg-slate-100" aria-hidden="true">
              <span
                className={`block h-2 rounded-full ${STATUS_BAR[slice.status] ?? 'bg-slate-400'}`}
                style={{ width: `${slice.percent}%` }}
              />
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

// The order table's URL (?status=&search=&page=) and the CSV export built from the same filter
// plus a date range: its query parameters and the name the file is saved under.
import { ORDER_STATUSES } from '@/features/admin-orders/status';
import type { OrderStatus } from '@/features/orders/types';
import { field, urlQuery, type QueryValue } from '@/lib/url-list';

export const orderListQuery = urlQuery({
  status: field.oneOf(ORDER_STATUSES),
  search: field.text(),
  page: field.page(),
});

export type OrderQuery = QueryValue<typeof orderListQuery>;

export interface ExportFilter {
  status?: OrderStatus;
  /** First day, "YYYY-MM-DD", inclusive. */
  from?: string;
  /** Last day, "YYYY-MM-DD", inclusive. */
  to?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Why the range cannot be exported, or null. */
export function exportRangeProblem(filter: ExportFilter): string | null {
  if (filter.from && !DAY.test(filter.from)) return 'Enter the start date as YYYY-MM-DD.';
  if (filter.to && !DAY.test(filter.to)) return 'Enter the end date as YYYY-MM-DD.';
  if (filter.from && filter.to && filter.from > filter.to) {
    return 'The start date is after the end date.';
  }
  return null;
}

/** Query parameters of GET /api/admin/orders/export.csv: only those that are set. */
export function exportParams(filter: ExportFilter): Record<string, string> {
  const params: Record<string, string> = {};
  if (filter.status) params.status = filter.status;
  if (filter.from) params.from = filter.from;
  if (filter.to) params.to = filter.to;
  return params;
}

/**
 * The name the CSV is saved under, saying what it holds, e.g.
 * "orders-shipped-2026-11-01-to-2026-11-25.csv" or "orders-all-until-2026-11-25.csv".
 * `today` ("YYYY-MM-DD") stands in for an open end.
 */
export function exportFilename(filter: ExportFilter, today: string): string {
  const parts = ['orders', filter.status ?? 'all'];
  if (filter.from) parts.push(filter.from, 'to', filter.to ?? today);
  else parts.push('until', filter.to ?? today);
  return `${parts.join('-')}.csv`;
}

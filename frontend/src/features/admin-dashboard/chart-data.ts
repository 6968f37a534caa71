// Shapes GET /api/admin/stats for the dashboard: the window picker, the daily series the chart
// draws (money stays in integer cents) and the orders-by-status breakdown.
import type { RevenueDay } from '@/features/admin-dashboard/types';
import { ORDER_STATUS_LABELS, type OrderStatus } from '@/features/orders/types';

export const STATS_WINDOWS = [7, 30, 90] as const;
export type StatsWindow = (typeof STATS_WINDOWS)[number];
export const DEFAULT_WINDOW: StatsWindow = 30;

/** The window named by `?days=`, or the default for anything else. */
export function parseWindow(value: string | null | undefined): StatsWindow {
  const days = Number(value);
  return (STATS_WINDOWS as readonly number[]).includes(days)
    ? (days as StatsWindow)
    : DEFAULT_WINDOW;
}

export interface DailyPoint {
  date: string;
  /** Short label for the axis, e.g. "Nov 25". */
  label: string;
  orders: number;
  revenueCents: number;
}

const dayLabel = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
});

/** "2026-11-25" → "Nov 25"; the date is a calendar day, so it is read and written in UTC. */
export function formatDay(date: string): string {
  const parsed = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? date : dayLabel.format(parsed);
}

/** The chart's series: oldest day first, revenue in cents. */
export function toDailySeries(days: readonly RevenueDay[]): DailyPoint[] {
  return [...days]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((day) => ({
      date: day.date,
      label: formatDay(day.date),
      orders: day.orders,
      revenueCents: day.revenue_cents,
    }));
}

export interface WindowTotals {
  orders: number;
  revenueCents: number;
}

export function windowTotals(series: readonly DailyPoint[]): WindowTotals {
  return series.reduce(
    (sum, point) => ({
      orders: sum.orders + point.orders,
      revenueCents: sum.revenueCents + point.revenueCents,
    }),
    { orders: 0, revenueCents: 0 },
  );
}

export interface StatusSlice {
  status: OrderStatus;
  label: string;
  count: number;
  /** Share of all orders, 0..100, rounded. */
  percent: number;
}

const STATUS_ORDER: readonly OrderStatus[] = [
  'pending',
  'processing',
  'shipped',
  'delivered',
  'cancelled',
];

/** Every status in workflow order, zero where the API sent none; unknown statuses are ignored. */
export function statusBreakdown(byStatus: Partial<Record<OrderStatus, number>>): StatusSlice[] {
  const counts = STATUS_ORDER.map((status) => Math.max(0, byStatus[status] ?? 0));
  const total = counts.reduce((sum, count) => sum + count, 0);
  return STATUS_ORDER.map((status, index) => {
    const count = counts[index] ?? 0;
    return {
      status,
      label: ORDER_STATUS_LABELS[status],
      count,
      percent: total === 0 ? 0 : Math.round((count * 100) / total),
    };
  });
}

/** Axis ticks for cents: "$1.2k" style, whole dollars below a thousand. */
export function compactDollars(cents: number): string {
  const dollars = cents / 100;
  if (Math.abs(dollars) >= 1000) {
    return `$${(dollars / 1000).toFixed(dollars >= 10_000 ? 0 : 1)}k`;
  }
  return `$${Math.round(dollars)}`;
}

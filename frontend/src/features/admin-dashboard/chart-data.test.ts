import { describe, expect, test } from 'vitest';
import {
  compactDollars,
  formatDay,
  parseWindow,
  statusBreakdown,
  toDailySeries,
  windowTotals,
} from '@/features/admin-dashboard/chart-data';

describe('parseWindow', () => {
  test('accepts the offered windows and falls back to 30 days otherwise', () => {
    expect(parseWindow('7')).toBe(7);
    expect(parseWindow('90')).toBe(90);
    expect(parseWindow('365')).toBe(30);
    expect(parseWindow('abc')).toBe(30);
    expect(parseWindow(null)).toBe(30);
  });
});

describe('toDailySeries', () => {
  test('sorts days oldest first, labels them and keeps revenue in cents', () => {
    const series = toDailySeries([
      { date: '2026-11-25', orders: 2, revenue_cents: 30 },
      { date: '2026-11-24', orders: 1, revenue_cents: 1999 },
    ]);
    expect(series).toEqual([
      { date: '2026-11-24', label: 'Nov 24', orders: 1, revenueCents: 1999 },
      { date: '2026-11-25', label: 'Nov 25', orders: 2, revenueCents: 30 },
    ]);
  });

  test('labels a day the same in every time zone', () => {
    expect(formatDay('2026-01-01')).toBe('Jan 1');
    expect(formatDay('not a date')).toBe('not a date');
  });

  test('totals add up without floating-point drift', () => {
    const series = toDailySeries([
      { date: '2026-11-23', orders: 1, revenue_cents: 10 },
      { date: '2026-11-24', orders: 1, revenue_cents: 20 },
      { date: '2026-11-25', orders: 0, revenue_cents: 0 },
    ]);
    expect(windowTotals(series)).toEqual({ orders: 2, revenueCents: 30 });
    expect(windowTotals([])).toEqual({ orders: 0, revenueCents: 0 });
  });
});

describe('statusBreakdown', () => {
  test('lists every status in workflow order, zero-filled, with shares', () => {
    const slices = statusBreakdown({ pending: 1, shipped: 3 });
    expect(slices.map((slice) => [slice.status, slice.count, slice.percent])).toEqual([
      ['pending', 1, 25],
      ['processing', 0, 0],
      ['shipped', 3, 75],
      ['delivered', 0, 0],
      ['cancelled', 0, 0],
    ]);
    expect(slices[2]?.label).toBe('Shipped');
  });

  test('has no shares when there are no orders', () => {
    expect(statusBreakdown({}).every((slice) => slice.percent === 0)).toBe(true);
  });
});

describe('compactDollars', () => {
  test('keeps axis labels short', () => {
    expect(compactDollars(0)).toBe('$0');
    expect(compactDollars(99_950)).toBe('$1000');
    expect(compactDollars(123_456)).toBe('$1.2k');
    expect(compactDollars(2_500_000)).toBe('$25k');
  });
});

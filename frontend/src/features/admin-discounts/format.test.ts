import { describe, expect, test } from 'vitest';
import { formatMinimum, formatPeriod, formatUsage } from '@/features/admin-discounts/format';
import { formatDiscountValue } from '@/features/cart/discount';

describe('how the back office words a code', () => {
  test('usage is the uses over the limit, ∞ without one', () => {
    expect(formatUsage({ times_used: 3, usage_limit: 100 })).toBe('3 / 100');
    expect(formatUsage({ times_used: 3, usage_limit: null })).toBe('3 / ∞');
  });

  test('the period names the dates it has', () => {
    const start = '2026-12-01T10:00:00Z';
    const end = '2026-12-31T10:00:00Z';
    expect(formatPeriod({ starts_at: null, ends_at: null })).toBe('Always');
    expect(formatPeriod({ starts_at: start, ends_at: null })).toMatch(/^From Dec 1, 2026/);
    expect(formatPeriod({ starts_at: null, ends_at: end })).toMatch(/^Until Dec 31, 2026/);
    expect(formatPeriod({ starts_at: start, ends_at: end })).toMatch(/^From .* to Dec 31, 2026/);
  });

  test('the minimum is an amount or none', () => {
    expect(formatMinimum({ min_subtotal_cents: 2000 })).toBe('$20.00');
    expect(formatMinimum({ min_subtotal_cents: null })).toBe('None');
  });

  test('the value is a percentage or an amount', () => {
    expect(formatDiscountValue({ kind: 'percentage', percent: 10 })).toBe('10 %');
    expect(formatDiscountValue({ kind: 'percentage', percent: 12.5 })).toBe('12.5 %');
    expect(formatDiscountValue({ kind: 'fixed', amount_cents: 500 })).toBe('$5.00');
  });
});

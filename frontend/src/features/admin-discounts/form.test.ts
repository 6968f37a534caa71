import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  codeError,
  discountCodeFormValues,
  isoToLocalInput,
  localInputToIso,
  periodError,
  toDiscountCodeInput,
  usageLimitError,
  valueError,
} from '@/features/admin-discounts/form';
import { wireDiscountCode } from '@/features/admin-discounts/test-discount-code';
import { discountCodeSchema } from '@/features/admin-discounts/types';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('discount code form values', () => {
  test('a new code is an active percentage without limits', () => {
    expect(discountCodeFormValues(null)).toEqual({
      code: '',
      kind: 'percentage',
      value: '',
      min_subtotal: '',
      starts_at: '',
      ends_at: '',
      usage_limit: '',
      once_per_customer: false,
      is_active: true,
    });
  });

  test('hold a code to edit: its value as typed, money with two decimals', () => {
    vi.stubEnv('TZ', 'UTC');
    const fixed = discountCodeSchema.parse(wireDiscountCode({ kind: 'fixed', value: 7.5 }));
    expect(discountCodeFormValues(fixed)).toEqual({
      code: 'SAVE10',
      kind: 'fixed',
      value: '7.50',
      min_subtotal: '20.00',
      starts_at: '',
      ends_at: '2026-12-31T23:00',
      usage_limit: '100',
      once_per_customer: true,
      is_active: true,
    });
    const percentage = discountCodeSchema.parse(wireDiscountCode({ value: 12.5 }));
    expect(discountCodeFormValues(percentage).value).toBe('12.5');
  });

  test('become the API body: the code in capitals, money as numbers, empty limits as null', () => {
    vi.stubEnv('TZ', 'America/New_York');
    expect(
      toDiscountCodeInput({
        code: ' welcome-5 ',
        kind: 'fixed',
        value: '5',
        min_subtotal: '',
        starts_at: '2026-12-24T18:00',
        ends_at: '',
        usage_limit: ' 50 ',
        once_per_customer: true,
        is_active: false,
      }),
    ).toEqual({
      code: 'WELCOME-5',
      kind: 'fixed',
      value: 5,
      min_subtotal: null,
      starts_at: '2026-12-24T23:00:00Z',
      ends_at: null,
      usage_limit: 50,
      once_per_customer: true,
      is_active: false,
    });
  });
});

describe('the start and end of a code', () => {
  test('are typed in the local time zone and sent in UTC', () => {
    vi.stubEnv('TZ', 'Asia/Tokyo');
    expect(localInputToIso('2026-12-01T09:30')).toBe('2026-12-01T00:30:00Z');
    expect(isoToLocalInput('2026-12-01T00:30:00Z')).toBe('2026-12-01T09:30');
    expect(localInputToIso(' ')).toBeNull();
    expect(isoToLocalInput(null)).toBe('');
  });

  test('the end must come after the start', () => {
    expect(periodError('2026-12-02T10:00', '2026-12-01T10:00')).toMatch(/after the start/);
    expect(periodError('2026-12-01T10:00', '2026-12-01T10:00')).toMatch(/after the start/);
    expect(periodError('2026-12-01T10:00', '2026-12-02T10:00')).toBe(true);
    expect(periodError('', '2026-12-01T10:00')).toBe(true);
  });
});

describe('field rules', () => {
  test('a code is 3 to 32 letters, digits, hyphens or underscores', () => {
    expect(codeError('save_10-x')).toBe(true);
    expect(codeError('AB')).not.toBe(true);
    expect(codeError('TEN OFF')).not.toBe(true);
    expect(codeError('A'.repeat(33))).not.toBe(true);
  });

  test('a percentage is above 0 and at most 100; an amount above 0 with two decimals at most', () => {
    expect(valueError('100', 'percentage')).toBe(true);
    expect(valueError('12.5', 'percentage')).toBe(true);
    expect(valueError('101', 'percentage')).not.toBe(true);
    expect(valueError('0', 'percentage')).not.toBe(true);
    expect(valueError('150', 'fixed')).toBe(true);
    expect(valueError('5.001', 'fixed')).not.toBe(true);
    expect(valueError('1000000.01', 'fixed')).not.toBe(true);
    expect(valueError('', 'fixed')).not.toBe(true);
  });

  test('a usage limit is empty or a whole number of at least 1', () => {
    expect(usageLimitError('')).toBe(true);
    expect(usageLimitError('1')).toBe(true);
    expect(usageLimitError('0')).not.toBe(true);
    expect(usageLimitError('2.5')).not.toBe(true);
  });
});

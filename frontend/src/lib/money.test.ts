import { describe, expect, test } from 'vitest';
import {
  centsToDecimalString,
  discountPercent,
  formatCents,
  formatMoney,
  lineTotalCents,
  parseMoneyInput,
  toCents,
} from '@/lib/money';

describe('money', () => {
  test('converts API amounts to integer cents exactly', () => {
    expect(toCents(19.99)).toBe(1999);
    expect(toCents(0.1)).toBe(10);
    expect(toCents('12.5')).toBe(1250);
    expect(toCents(20)).toBe(2000);
    expect(toCents('-3.07')).toBe(-307);
  });

  test('adds up without floating point drift', () => {
    const total = [0.1, 0.2, 0.3].reduce((sum, amount) => sum + toCents(amount), 0);
    expect(total).toBe(60);
    expect(lineTotalCents(19.99, 3)).toBe(5997);
  });

  test('rejects what is not money', () => {
    expect(() => toCents('abc')).toThrow(RangeError);
    expect(() => toCents(Number.NaN)).toThrow(RangeError);
    expect(parseMoneyInput('12.345')).toBeNull();
    expect(parseMoneyInput('-1')).toBeNull();
    expect(parseMoneyInput(' 7.5 ')).toBe(750);
  });

  test('formats with Intl.NumberFormat', () => {
    expect(formatCents(123456)).toBe('$1,234.56');
    expect(formatMoney(19.9)).toBe('$19.90');
    expect(centsToDecimalString(5)).toBe('0.05');
    expect(centsToDecimalString(-1999)).toBe('-19.99');
  });

  test('computes the saving against a compare-at price', () => {
    expect(discountPercent(75, 100)).toBe(25);
    expect(discountPercent(100, 100)).toBeNull();
    expect(discountPercent(100, null)).toBeNull();
  });
});

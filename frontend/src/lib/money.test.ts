import { describe, expect, test } from 'vitest';
import {
  amountsInCents,
  centsToDecimalString,
  discountPercent,
  formatCents,
  parseMoneyInput,
  wireMoney,
} from '@/lib/money';

describe('money', () => {
  test('reads a typed price as cents, or refuses it', () => {
    expect(parseMoneyInput('12')).toBe(1200);
    expect(parseMoneyInput('12.345')).toBeNull();
    expect(parseMoneyInput('-1')).toBeNull();
    expect(parseMoneyInput(' 7.5 ')).toBe(750);
  });

  test('formats with Intl.NumberFormat', () => {
    expect(formatCents(123456)).toBe('$1,234.56');
    expect(centsToDecimalString(5)).toBe('0.05');
    expect(centsToDecimalString(-1999)).toBe('-19.99');
  });

  test('computes the saving against a compare-at price', () => {
    expect(discountPercent(7500, 10000)).toBe(25);
    expect(discountPercent(10000, 10000)).toBeNull();
    expect(discountPercent(10000, null)).toBeNull();
  });
});

describe('wireMoney', () => {
  test('reads a JSON number or a decimal string as integer cents, exactly', () => {
    expect(wireMoney.parse(19.99)).toBe(1999);
    expect(wireMoney.parse(0.1)).toBe(10);
    expect(wireMoney.parse('12.5')).toBe(1250);
    expect(wireMoney.parse(20)).toBe(2000);
    expect(wireMoney.parse('-3.07')).toBe(-307);
    expect(wireMoney.parse(0)).toBe(0);
  });

  test('adds up without floating point drift', () => {
    const total = [0.1, 0.2, 0.3].reduce((sum, amount) => sum + wireMoney.parse(amount), 0);
    expect(total).toBe(60);
  });

  test('rejects anything else', () => {
    for (const value of ['abc', '1.234', Number.NaN, null, undefined, {}, true]) {
      expect(wireMoney.safeParse(value).success).toBe(false);
    }
  });

  test('leaves null to a nullable field', () => {
    expect(wireMoney.nullable().parse(null)).toBeNull();
  });

  test('renames the amounts of a response to their cents names, other fields as they are', () => {
    expect(
      amountsInCents({ id: 7, price: 1999, compare_at_price: null }, ['price', 'compare_at_price']),
    ).toEqual({
      id: 7,
      price_cents: 1999,
      compare_at_price_cents: null,
    });
  });
});

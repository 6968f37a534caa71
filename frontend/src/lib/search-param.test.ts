import { describe, expect, test } from 'vitest';
import { firstValue } from '@/lib/search-param';

describe('firstValue', () => {
  test('takes a single value as it is', () => {
    expect(firstValue('abc')).toBe('abc');
  });

  test('takes the first of a repeated parameter', () => {
    expect(firstValue(['abc', 'def'])).toBe('abc');
  });

  test('is undefined for an absent or empty parameter', () => {
    expect(firstValue(undefined)).toBeUndefined();
    expect(firstValue([])).toBeUndefined();
  });
});

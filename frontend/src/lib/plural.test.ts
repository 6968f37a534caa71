import { describe, expect, test } from 'vitest';
import { countOf } from '@/lib/plural';

describe('countOf', () => {
  test('uses the singular for exactly one and the plural for every other count', () => {
    expect(countOf(1, 'code', 'codes')).toBe('1 code');
    expect(countOf(0, 'code', 'codes')).toBe('0 codes');
    expect(countOf(12, 'product has', 'products have')).toBe('12 products have');
  });
});

import { describe, expect, test } from 'vitest';
import { parseAdjustments } from '@/features/cart/api';

describe('parseAdjustments', () => {
  test('reads capped and unavailable lines', () => {
    expect(
      parseAdjustments([
        { product_id: 1, requested: 5, quantity: 3, reason: 'capped' },
        { product_id: 4, requested: 2, reason: 'unavailable' },
        { nothing: true },
      ]),
    ).toEqual([
      { product_id: 1, kind: 'capped', requested: 5, quantity: 3, reason: 'capped' },
      { product_id: 4, kind: 'skipped', requested: 2, quantity: null, reason: 'unavailable' },
    ]);
  });

  test('anything that is not a list means no adjustments', () => {
    expect(parseAdjustments(undefined)).toEqual([]);
    expect(parseAdjustments({})).toEqual([]);
  });
});

import { describe, expect, test } from 'vitest';
import { parseAdjustments } from '@/features/cart/api';

describe('parseAdjustments', () => {
  test('reads capped and skipped lines in the plausible spellings', () => {
    expect(
      parseAdjustments([
        { product_id: 1, requested: 5, quantity: 3, reason: 'capped' },
        { product_id: 2, action: 'skipped', reason: 'Product not found' },
        { product_id: 3, status: 'capped_to_stock', requested_quantity: 9, final_quantity: 2 },
        { nothing: true },
      ]),
    ).toEqual([
      { product_id: 1, kind: 'capped', requested: 5, quantity: 3, reason: 'capped' },
      {
        product_id: 2,
        kind: 'skipped',
        requested: null,
        quantity: null,
        reason: 'Product not found',
      },
      { product_id: 3, kind: 'capped', requested: 9, quantity: 2, reason: null },
    ]);
  });

  test('anything that is not a list means no adjustments', () => {
    expect(parseAdjustments(undefined)).toEqual([]);
    expect(parseAdjustments({})).toEqual([]);
  });
});

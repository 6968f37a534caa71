import { describe, expect, test } from 'vitest';
import { describeMerge, mergeOutcome } from '@/features/cart/merge';
import { testCartProduct, testCartVariant } from '@/features/cart/test-cart';
import type { CartAdjustment, GuestCartLine } from '@/features/cart/types';

const tee = testCartProduct({ id: 3, name: 'Tee', slug: 'tee', stock_quantity: 2 });
const mediumRed = testCartVariant(31, 'TEE-M-RED', [
  ['Size', 'M'],
  ['Colour', 'Red'],
]);
const lines: GuestCartLine[] = [
  { product_id: tee.id, variant_id: null, variant: null, quantity: 1, product: tee },
  { product_id: tee.id, variant_id: mediumRed.id, variant: mediumRed, quantity: 3, product: tee },
];

function adjustment(change: Partial<CartAdjustment>): CartAdjustment {
  return {
    product_id: tee.id,
    variant_id: null,
    kind: 'capped',
    requested: 3,
    quantity: 2,
    reason: 'capped',
    ...change,
  };
}

describe('describeMerge', () => {
  test('says nothing when the server changed nothing', () => {
    expect(describeMerge(mergeOutcome(lines, []))).toBeNull();
  });

  test('words each change by the name the guest line had, a variant by its title', () => {
    const outcome = mergeOutcome(lines, [
      adjustment({ variant_id: mediumRed.id }),
      adjustment({ kind: 'skipped', quantity: null, reason: 'unavailable' }),
    ]);
    expect(describeMerge(outcome)).toBe(
      'Your cart was merged. Tee (M / Red) was limited to 2 (the stock available); ' +
        'Tee is no longer available and was left out.',
    );
  });

  test('names a line the guest cart did not hold by its product id', () => {
    const outcome = mergeOutcome(lines, [adjustment({ product_id: 99, quantity: null })]);
    expect(describeMerge(outcome)).toBe(
      'Your cart was merged. Product #99 was limited to the stock available.',
    );
  });
});

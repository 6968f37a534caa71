import { describe, expect, test } from 'vitest';
import { parseAdjustments } from '@/features/cart/api';
import { testCartVariant } from '@/features/cart/test-cart';
import { cartSchema } from '@/features/cart/types';

describe('cartSchema', () => {
  const line = {
    id: 3,
    product_id: 1,
    quantity: 2,
    line_total: 40,
    product: { id: 1, name: 'Tee', slug: 'tee', price: 20, image_url: null, stock_quantity: 4 },
  };

  test('reads a variant line with its variant', () => {
    const variant = testCartVariant(12, 'TEE-M-RED', [
      ['Size', 'M'],
      ['Colour', 'Red'],
    ]);
    const cart = cartSchema.parse({
      items: [{ ...line, variant_id: 12, variant }],
      total_items: 2,
      subtotal: 40,
      discount: null,
      discount_amount: 0,
      total: 40,
    });
    expect(cart.items[0]).toMatchObject({ variant_id: 12, variant, line_total_cents: 4000 });
  });

  test('a line without variant fields reads as a plain line', () => {
    const cart = cartSchema.parse({
      items: [line],
      total_items: 2,
      subtotal: 40,
      discount: null,
      discount_amount: 0,
      total: 40,
    });
    expect(cart.items[0]).toMatchObject({ variant_id: null, variant: null });
  });
});

describe('parseAdjustments', () => {
  test('reads capped and unavailable lines', () => {
    expect(
      parseAdjustments([
        { product_id: 1, requested: 5, quantity: 3, reason: 'capped' },
        { product_id: 4, requested: 2, reason: 'unavailable' },
        { nothing: true },
      ]),
    ).toEqual([
      {
        product_id: 1,
        variant_id: null,
        kind: 'capped',
        requested: 5,
        quantity: 3,
        reason: 'capped',
      },
      {
        product_id: 4,
        variant_id: null,
        kind: 'skipped',
        requested: 2,
        quantity: null,
        reason: 'unavailable',
      },
    ]);
  });

  test('keeps the variant of a variant line', () => {
    expect(
      parseAdjustments([
        { product_id: 1, variant_id: 12, requested: 5, quantity: 3, reason: 'capped' },
      ]),
    ).toEqual([
      {
        product_id: 1,
        variant_id: 12,
        kind: 'capped',
        requested: 5,
        quantity: 3,
        reason: 'capped',
      },
    ]);
  });

  test('anything that is not a list means no adjustments', () => {
    expect(parseAdjustments(undefined)).toEqual([]);
    expect(parseAdjustments({})).toEqual([]);
  });
});

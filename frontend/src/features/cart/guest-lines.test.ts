import { describe, expect, test } from 'vitest';
import {
  guestLinesToItems,
  withGuestLineAdded,
  withGuestQuantity,
  withoutGuestLine,
} from '@/features/cart/guest-lines';
import { testCartProduct, testCartVariant } from '@/features/cart/test-cart';
import type { GuestCartLine } from '@/features/cart/types';
import { ApiError } from '@/lib/api-error';

const mug = testCartProduct();
const tee = testCartProduct({ id: 3, name: 'Tee', slug: 'tee', stock_quantity: 2 });
const mediumRed = testCartVariant(31, 'TEE-M-RED', [
  ['Size', 'M'],
  ['Colour', 'Red'],
]);

const mugLine: GuestCartLine = {
  product_id: mug.id,
  variant_id: null,
  variant: null,
  quantity: 1,
  product: mug,
};

function refusal(change: () => unknown): ApiError {
  try {
    change();
  } catch (error: unknown) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('the change was not refused');
}

describe('withGuestLineAdded', () => {
  test('adds a new line, then adds up the quantity of the same product', () => {
    const once = withGuestLineAdded([], mug, 1, null);
    expect(once).toEqual([mugLine]);
    expect(withGuestLineAdded(once, mug, 2, null)).toEqual([{ ...mugLine, quantity: 3 }]);
  });

  test('keeps a variant apart from the plain product and from other variants', () => {
    const lines = withGuestLineAdded([mugLine], tee, 1, mediumRed);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatchObject({ product_id: tee.id, variant_id: mediumRed.id, quantity: 1 });
  });

  test('refuses more than the stock, naming the variant, and leaves the lines as they were', () => {
    const lines = withGuestLineAdded([], tee, 2, mediumRed);
    const error = refusal(() => withGuestLineAdded(lines, tee, 1, mediumRed));
    expect(error.status).toBe(400);
    expect(error.message).toBe('Insufficient stock: only 2 of Tee (M / Red) available.');
    expect(lines[0]?.quantity).toBe(2);
  });

  test('says a product without stock is sold out', () => {
    const error = refusal(() => withGuestLineAdded([], { ...mug, stock_quantity: 0 }, 1, null));
    expect(error.message).toBe('Coffee Mug is sold out.');
  });
});

describe('withGuestQuantity', () => {
  test("sets the line's quantity", () => {
    expect(withGuestQuantity([mugLine], mug.id, 3)).toEqual([{ ...mugLine, quantity: 3 }]);
  });

  test('refuses a line that is gone (404) and a quantity over its stock (400)', () => {
    expect(refusal(() => withGuestQuantity([mugLine], 99, 1)).status).toBe(404);
    expect(refusal(() => withGuestQuantity([mugLine], mug.id, 4)).status).toBe(400);
  });
});

describe('withoutGuestLine', () => {
  test('removes the line with that id and keeps the others', () => {
    const variantLine = withGuestLineAdded([], tee, 1, mediumRed)[0];
    if (!variantLine) throw new Error('no variant line');
    expect(withoutGuestLine([mugLine, variantLine], -mediumRed.id)).toEqual([mugLine]);
    expect(withoutGuestLine([mugLine], 99)).toEqual([mugLine]);
  });
});

describe('guestLinesToItems', () => {
  test('shows each line as a cart item with its total in cents, a variant line by minus its id', () => {
    const items = guestLinesToItems([
      { ...mugLine, quantity: 2 },
      {
        product_id: tee.id,
        variant_id: mediumRed.id,
        variant: mediumRed,
        quantity: 1,
        product: tee,
      },
    ]);
    expect(items.map((item) => [item.id, item.line_total_cents])).toEqual([
      [mug.id, 2598],
      [-mediumRed.id, 1299],
    ]);
  });
});

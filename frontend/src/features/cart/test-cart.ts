// Cart values as the app holds them, for the tests.
import type { CartProduct, CartVariant } from '@/features/cart/types';

/** A cart line's variant of `values` ([["Size", "M"], ["Colour", "Red"]] → title "M / Red"). */
export function testCartVariant(id: number, sku: string, values: [string, string][]): CartVariant {
  return {
    id,
    sku,
    title: values.map(([, value]) => value).join(' / '),
    options: values.map(([name, value]) => ({ name, value })),
  };
}

/** A cart line's product: a coffee mug at 12.99 with 3 in stock, unless `changes` say otherwise. */
export function testCartProduct(changes: Partial<CartProduct> = {}): CartProduct {
  return {
    id: 1,
    name: 'Coffee Mug',
    slug: 'coffee-mug',
    price_cents: 1299,
    image_url: null,
    stock_quantity: 3,
    ...changes,
  };
}

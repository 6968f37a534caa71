// Cart values as the app holds them, for the tests.
import type { CartVariant } from '@/features/cart/types';

/** A cart line's variant of `values` ([["Size", "M"], ["Colour", "Red"]] → title "M / Red"). */
export function testCartVariant(id: number, sku: string, values: [string, string][]): CartVariant {
  return {
    id,
    sku,
    title: values.map(([, value]) => value).join(' / '),
    options: values.map(([name, value]) => ({ name, value })),
  };
}

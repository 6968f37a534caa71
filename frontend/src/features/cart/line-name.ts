// How a cart line is named to the shopper: the product, and the variant's title when it has one.
import type { CartProduct, CartVariant } from '@/features/cart/types';

/** "T-shirt (M / Red)" for a variant line, "Coffee Mug" for a plain one. */
export function lineName(
  product: Pick<CartProduct, 'name'>,
  variant: Pick<CartVariant, 'title'> | null,
): string {
  return variant === null ? product.name : `${product.name} (${variant.title})`;
}

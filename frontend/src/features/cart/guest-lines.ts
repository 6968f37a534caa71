// What a guest's cart changes do to its lines (guest-cart.ts keeps them): the same stock rule the
// server applies to a signed-in cart, checked in the browser, and the lines shown as cart items.
import { guestLineId } from '@/features/cart/guest-cart';
import { lineName } from '@/features/cart/line-name';
import type { CartItem, CartProduct, CartVariant, GuestCartLine } from '@/features/cart/types';
import { ApiError } from '@/lib/api-error';

/** The guest's lines as the store shows them (CartItem.id is guestLineId). */
export function guestLinesToItems(lines: GuestCartLine[]): CartItem[] {
  return lines.map((line) => ({
    id: guestLineId(line),
    product_id: line.product_id,
    variant_id: line.variant_id,
    variant: line.variant,
    quantity: line.quantity,
    line_total_cents: line.product.price_cents * line.quantity,
    product: line.product,
  }));
}

function insufficientStock(product: CartProduct, variant: CartVariant | null): ApiError {
  const name = lineName(product, variant);
  return new ApiError(
    400,
    product.stock_quantity > 0
      ? `Insufficient stock: only ${product.stock_quantity} of ${name} available.`
      : `${name} is sold out.`,
  );
}

/**
 * The lines with `quantity` more of the product (or of its variant, whose price and stock
 * `product` then holds); the line takes the product as it is now. Throws a 400 ApiError when the
 * line would hold more than the stock.
 */
export function withGuestLineAdded(
  lines: GuestCartLine[],
  product: CartProduct,
  quantity: number,
  variant: CartVariant | null,
): GuestCartLine[] {
  const variantId = variant?.id ?? null;
  const id = guestLineId({ product_id: product.id, variant_id: variantId });
  const existing = lines.find((line) => guestLineId(line) === id);
  const wanted = (existing?.quantity ?? 0) + quantity;
  if (wanted > product.stock_quantity) {
    throw insufficientStock(product, variant);
  }
  return existing
    ? lines.map((line) =>
        guestLineId(line) === id ? { ...line, quantity: wanted, product, variant } : line,
      )
    : [...lines, { product_id: product.id, variant_id: variantId, variant, quantity, product }];
}

/**
 * The lines with the line `itemId` (its guestLineId) at `quantity`. Throws a 404 ApiError when no
 * line has that id, a 400 one when the quantity is over the line's stock.
 */
export function withGuestQuantity(
  lines: GuestCartLine[],
  itemId: number,
  quantity: number,
): GuestCartLine[] {
  const line = lines.find((candidate) => guestLineId(candidate) === itemId);
  if (!line) {
    throw new ApiError(404, 'That item is no longer in your cart.');
  }
  if (quantity > line.product.stock_quantity) {
    throw insufficientStock(line.product, line.variant);
  }
  return lines.map((candidate) =>
    guestLineId(candidate) === itemId ? { ...candidate, quantity } : candidate,
  );
}

/** The lines without the line `itemId` (its guestLineId); the same lines when none has it. */
export function withoutGuestLine(lines: GuestCartLine[], itemId: number): GuestCartLine[] {
  return lines.filter((line) => guestLineId(line) !== itemId);
}

// Calls of /api/cart. The only place that knows these paths; answers are validated (types.ts).
import { z } from '@/lib/zod';
import { apiClient } from '@/lib/api-client';
import { bodyOf, parseBody } from '@/lib/api-schema';
import {
  cartSchema,
  type Cart,
  type CartAdjustment,
  type MergeResult,
} from '@/features/cart/types';

export function getCart(): Promise<Cart> {
  return bodyOf(cartSchema, apiClient.get('/cart'));
}

/** A line's product, and its variant only when it has one (plain products send what they always did). */
function lineBody(productId: number, variantId: number | null) {
  return variantId === null
    ? { product_id: productId }
    : { product_id: productId, variant_id: variantId };
}

/** Adds to the cart; a product with variants needs `variantId` (422 at `variant_id` without). */
export function addItem(
  productId: number,
  quantity: number,
  variantId: number | null = null,
): Promise<Cart> {
  return bodyOf(
    cartSchema,
    apiClient.post('/cart', { ...lineBody(productId, variantId), quantity }),
  );
}

export function updateItem(itemId: number, quantity: number): Promise<Cart> {
  return bodyOf(cartSchema, apiClient.put(`/cart/${itemId}`, { quantity }));
}

export function removeItem(itemId: number): Promise<Cart> {
  return bodyOf(cartSchema, apiClient.delete(`/cart/${itemId}`));
}

/** Applies a code to the cart; a code that cannot be used is a 422 on `code` naming the reason. */
export function applyDiscount(code: string): Promise<Cart> {
  return bodyOf(cartSchema, apiClient.put('/cart/discount', { code }));
}

export function removeDiscount(): Promise<Cart> {
  return bodyOf(cartSchema, apiClient.delete('/cart/discount'));
}

export async function clear(): Promise<void> {
  await apiClient.delete('/cart');
}

export async function merge(
  items: { product_id: number; variant_id: number | null; quantity: number }[],
): Promise<MergeResult> {
  const { data } = await apiClient.post<unknown>('/cart/merge', {
    items: items.map((item) => ({
      ...lineBody(item.product_id, item.variant_id),
      quantity: item.quantity,
    })),
  });
  const cart = parseBody(cartSchema, data, 'merged cart');
  const { adjustments } = z.object({ adjustments: z.unknown() }).parse(data);
  return { cart, adjustments: parseAdjustments(adjustments) };
}

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/**
 * Reads the `adjustments` of a merge response, as the API documents them:
 * `{product_id, requested, quantity, reason: "capped"}` for a line cut down to the stock and
 * `{product_id, requested, reason: "unavailable"}` for a product left out, each with the line's
 * `variant_id` when it has one. Malformed entries are ignored.
 */
export function parseAdjustments(value: unknown): CartAdjustment[] {
  if (!Array.isArray(value)) {
    return [];
  }
  const result: CartAdjustment[] = [];
  for (const entry of value) {
    if (typeof entry !== 'object' || entry === null) continue;
    const record = entry as Record<string, unknown>;
    const productId = numberOrNull(record.product_id);
    if (productId === null) continue;
    const reason = stringOrNull(record.reason);
    result.push({
      product_id: productId,
      variant_id: numberOrNull(record.variant_id),
      kind: reason === 'capped' ? 'capped' : 'skipped',
      requested: numberOrNull(record.requested),
      quantity: numberOrNull(record.quantity),
      reason,
    });
  }
  return result;
}

// Calls of /api/cart. The only place that knows these paths.
import { apiClient } from '@/lib/api-client';
import type { Cart, CartAdjustment, MergeResult } from '@/features/cart/types';

export async function getCart(): Promise<Cart> {
  const { data } = await apiClient.get<Cart>('/cart');
  return data;
}

export async function addItem(productId: number, quantity: number): Promise<Cart> {
  const { data } = await apiClient.post<Cart>('/cart', { product_id: productId, quantity });
  return data;
}

export async function updateItem(itemId: number, quantity: number): Promise<Cart> {
  const { data } = await apiClient.put<Cart>(`/cart/${itemId}`, { quantity });
  return data;
}

export async function removeItem(itemId: number): Promise<Cart> {
  const { data } = await apiClient.delete<Cart>(`/cart/${itemId}`);
  return data;
}

export async function clear(): Promise<void> {
  await apiClient.delete('/cart');
}

export async function merge(
  items: { product_id: number; quantity: number }[],
): Promise<MergeResult> {
  const { data } = await apiClient.post<Cart & { adjustments?: unknown }>('/cart/merge', { items });
  const { adjustments, ...cart } = data;
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
 * `{product_id, requested, reason: "unavailable"}` for a product left out. Malformed entries are ignored.
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
      kind: reason === 'capped' ? 'capped' : 'skipped',
      requested: numberOrNull(record.requested),
      quantity: numberOrNull(record.quantity),
      reason,
    });
  }
  return result;
}

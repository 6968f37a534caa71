// Calls of /api/wishlist, the stock alerts of /api/products/{id}/stock-alert and the back office's
// /api/admin/stock-alerts. The only place that knows these paths; answers are validated (types.ts).
import { getAdminPage } from '@/lib/admin-page';
import { apiClient } from '@/lib/api-client';
import { bodyOf, pageSchema, type Page } from '@/lib/api-schema';
import {
  stockAlertSchema,
  waitedProductSchema,
  wishlistIdsSchema,
  wishlistItemSchema,
  type WaitedProduct,
  type WishlistItem,
} from '@/features/wishlist/types';

export const WISHLIST_PAGE_SIZE = 12;

const wishlistPageSchema = pageSchema(wishlistItemSchema);
const waitedPageSchema = pageSchema(waitedProductSchema);

/** A page of the wishlist, the most recently saved first. */
export function listWishlist(query: { page: number }): Promise<Page<WishlistItem>> {
  return bodyOf(
    wishlistPageSchema,
    apiClient.get('/wishlist', { params: { page: query.page, size: WISHLIST_PAGE_SIZE } }),
  );
}

/** The id of every saved product. */
export async function listSavedIds(): Promise<number[]> {
  return (await bodyOf(wishlistIdsSchema, apiClient.get('/wishlist/ids'))).product_ids;
}

/** Saves a product; saving one already saved answers the same item. */
export function saveProduct(productId: number): Promise<WishlistItem> {
  return bodyOf(wishlistItemSchema, apiClient.post('/wishlist', { product_id: productId }));
}

export async function unsaveProduct(productId: number): Promise<void> {
  await apiClient.delete(`/wishlist/${productId}`);
}

/** A call of a product's stock alert; a product with variants has one per variant (`variant_id`). */
function alertRequest(
  method: 'get' | 'post' | 'delete',
  productId: number,
  variantId: number | null,
) {
  return apiClient.request({
    method,
    url: `/products/${productId}/stock-alert`,
    params: variantId === null ? undefined : { variant_id: variantId },
  });
}

/** Whether the customer waits for the product (or this variant of it) to be back in stock. */
export async function isAlertSubscribed(
  productId: number,
  variantId: number | null = null,
): Promise<boolean> {
  return (await bodyOf(stockAlertSchema, alertRequest('get', productId, variantId))).subscribed;
}

/** Asks for an email when the product (or variant) is back; 403 until the address is verified. */
export async function subscribeAlert(
  productId: number,
  variantId: number | null = null,
): Promise<boolean> {
  return (await bodyOf(stockAlertSchema, alertRequest('post', productId, variantId))).subscribed;
}

export async function cancelAlert(
  productId: number,
  variantId: number | null = null,
): Promise<void> {
  await alertRequest('delete', productId, variantId);
}

/** Products customers wait for, the most waited-for first. */
export function listWaitedProducts(query: { page: number }): Promise<Page<WaitedProduct>> {
  return getAdminPage(waitedPageSchema, '/admin/stock-alerts', { page: query.page });
}

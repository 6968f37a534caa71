// The wishlist's and back-in-stock alerts' app types and the schemas that read them from the API.
import { z } from '@/lib/zod';
import { amountsInCents, wireMoney } from '@/lib/money';

/** What a wishlist entry shows of its product, money in cents. */
const wishlistProductSchema = z
  .object({
    id: z.number(),
    name: z.string(),
    slug: z.string(),
    price: wireMoney,
    compare_at_price: wireMoney.nullable(),
    image_url: z.string().nullable(),
    stock_quantity: z.number(),
    is_active: z.boolean(),
  })
  .transform((product) => amountsInCents(product, ['price', 'compare_at_price']));
export type WishlistProduct = z.output<typeof wishlistProductSchema>;

export const wishlistItemSchema = z.object({
  product_id: z.number(),
  created_at: z.string(),
  product: wishlistProductSchema,
});
export type WishlistItem = z.output<typeof wishlistItemSchema>;

export const wishlistIdsSchema = z.object({ product_ids: z.array(z.number()) });

export const stockAlertSchema = z.object({ subscribed: z.boolean() });

/** A product customers wait for, as the back office lists it; its rows are keyed by `id`. */
export const waitedProductSchema = z
  .object({
    product_id: z.number(),
    product_name: z.string(),
    product_slug: z.string(),
    stock_quantity: z.number(),
    waiting: z.number(),
    oldest_at: z.string(),
  })
  .transform((row) => ({ ...row, id: row.product_id }));
export type WaitedProduct = z.output<typeof waitedProductSchema>;

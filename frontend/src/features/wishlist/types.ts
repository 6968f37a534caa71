// The wishlist's and back-in-stock alerts' app types and the schemas that read them from the API.
import { z } from '@/lib/zod';
import { amountsInCents, wireMoney } from '@/lib/money';
import { variantRefFields } from '@/features/catalog/types';

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
    /** A product with variants is bought from its page, where the customer picks one. */
    has_variants: z.boolean().optional().default(false),
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

/**
 * A product (or one of its variants) customers wait for, as the back office lists it; its rows are
 * keyed by `id`, the product's and the variant's together.
 */
export const waitedProductSchema = z
  .object({
    product_id: z.number(),
    product_name: z.string(),
    ...variantRefFields,
    product_slug: z.string(),
    stock_quantity: z.number(),
    waiting: z.number(),
    oldest_at: z.string(),
  })
  .transform((row) => ({
    ...row,
    id: row.variant_id === null ? String(row.product_id) : `${row.product_id}:${row.variant_id}`,
  }));
export type WaitedProduct = z.output<typeof waitedProductSchema>;

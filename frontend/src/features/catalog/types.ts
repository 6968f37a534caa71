// The catalog's app types and the schemas that read them from the API (money in cents, money.ts).
import { z } from '@/lib/zod';
import { amountsInCents, wireMoney } from '@/lib/money';

export const categoryRefSchema = z.object({ id: z.number(), name: z.string(), slug: z.string() });
export type CategoryRef = z.output<typeof categoryRefSchema>;

export const categorySchema = categoryRefSchema.extend({
  description: z.string().nullable(),
  image_url: z.string().nullable(),
  product_count: z.number(),
  created_at: z.string(),
});
export type Category = z.output<typeof categorySchema>;

/** A product as the API sends it, money still in decimals; extend it for wider views. */
export const productWireSchema = z.object({
  id: z.number(),
  name: z.string(),
  slug: z.string(),
  description: z.string().nullable(),
  price: wireMoney,
  compare_at_price: wireMoney.nullable(),
  stock_quantity: z.number(),
  sku: z.string(),
  image_url: z.string().nullable(),
  images: z.array(z.string()),
  is_active: z.boolean(),
  is_featured: z.boolean(),
  category_id: z.number().nullable(),
  category: categoryRefSchema.nullable(),
  /** Whether the product is sold as variants (one per combination of its options). */
  has_variants: z.boolean().optional().default(false),
  created_at: z.string(),
  updated_at: z.string(),
});

/** Renames a parsed product's amounts to say they are cents; other fields pass through. */
export function productFromWire<Wire extends z.output<typeof productWireSchema>>(product: Wire) {
  return amountsInCents(product, ['price', 'compare_at_price']);
}

export const productSchema = productWireSchema.transform(productFromWire);
export type Product = z.output<typeof productSchema>;

/** One of a product's options: a name ("Size") and its values, in order ("S", "M"). */
export const productOptionSchema = z.object({ name: z.string(), values: z.array(z.string()) });
export type ProductOption = z.output<typeof productOptionSchema>;

/**
 * A combination of option values that is sold: `options` holds one value per product option, in
 * the product's option order; `price_cents` is its own price or the product's.
 */
export const variantSchema = z
  .object({
    id: z.number(),
    sku: z.string(),
    options: z.array(z.string()),
    title: z.string(),
    price: wireMoney,
    compare_at_price: wireMoney.nullable(),
    stock_quantity: z.number(),
    in_stock: z.boolean(),
  })
  .transform((variant) => amountsInCents(variant, ['price', 'compare_at_price']));
export type Variant = z.output<typeof variantSchema>;

/** A product's options and variants; a combination missing from `variants` is not sold. */
export const variantsSchema = z.object({
  options: z.array(productOptionSchema),
  variants: z.array(variantSchema),
});
export type Variants = z.output<typeof variantsSchema>;

/**
 * The fields naming the variant of an order item or an alert: `variant_id` and its title
 * ("M / Red"), both null for a product without options (or an API that predates variants).
 */
export const variantRefFields = {
  variant_id: z
    .number()
    .nullish()
    .transform((id) => id ?? null),
  variant_title: z
    .string()
    .nullish()
    .transform((title) => title ?? null),
};

export type ProductSort =
  | 'newest'
  | 'price_asc'
  | 'price_desc'
  | 'name_asc'
  | 'name_desc'
  | 'rating'
  | 'relevance';

/** The product-list filters, exactly as they appear in the page URL and the API query. */
export interface ProductFilters {
  search?: string;
  category?: string;
  min_price?: string;
  max_price?: string;
  in_stock?: boolean;
  sort?: ProductSort;
  page?: number;
}

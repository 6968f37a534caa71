// The cart's app types and the schemas that read them from the API (money in cents, money.ts).
import { z } from '@/lib/zod';
import { amountsInCents, wireMoney } from '@/lib/money';
import { discountKindSchema, discountValueOf } from '@/features/cart/discount';

/** What a cart line shows of its product, in the app's shape (also how the guest cart stores it). */
export const cartProductSchema = z.object({
  id: z.number(),
  name: z.string(),
  slug: z.string(),
  price_cents: z.number().int(),
  image_url: z.string().nullable(),
  stock_quantity: z.number(),
});
export type CartProduct = z.output<typeof cartProductSchema>;

/** The variant a cart line holds: its title ("M / Red") and the value of each option. */
export const cartVariantSchema = z.object({
  id: z.number(),
  sku: z.string(),
  title: z.string(),
  options: z.array(z.object({ name: z.string(), value: z.string() })),
});
export type CartVariant = z.output<typeof cartVariantSchema>;

/** The API's CartItem.product, money still in decimals. */
const wireCartProductSchema = cartProductSchema
  .omit({ price_cents: true })
  .extend({ price: wireMoney })
  .transform((product): CartProduct => amountsInCents(product, ['price']));

const cartItemSchema = z
  .object({
    /** The cart item id on the server; for a guest cart, guestLineId (guest-cart.ts). */
    id: z.number(),
    product_id: z.number(),
    /** The line's variant (its product's price and stock are the variant's), or null. */
    variant_id: z
      .number()
      .nullish()
      .transform((id) => id ?? null),
    variant: cartVariantSchema.nullish().transform((variant) => variant ?? null),
    quantity: z.number(),
    line_total: wireMoney,
    product: wireCartProductSchema,
    created_at: z.string().optional(),
  })
  .transform((item) => amountsInCents(item, ['line_total']));
export type CartItem = z.output<typeof cartItemSchema>;

/**
 * The code applied to a signed-in customer's cart. One that no longer applies (the cart fell below
 * its minimum, it expired or was used up) stays on the cart, `applicable` false and `reason` why.
 */
const cartDiscountSchema = z
  .object({
    code: z.string(),
    kind: discountKindSchema,
    value: wireMoney,
    min_subtotal: wireMoney.nullable(),
    applicable: z.boolean(),
    reason: z.string().nullable(),
  })
  .transform(({ kind, value, min_subtotal, ...discount }) => ({
    ...discount,
    value: discountValueOf(kind, value),
    min_subtotal_cents: min_subtotal,
  }));
export type CartDiscount = z.output<typeof cartDiscountSchema>;

export const cartSchema = z
  .object({
    items: z.array(cartItemSchema),
    total_items: z.number(),
    subtotal: wireMoney,
    discount: cartDiscountSchema.nullable(),
    /** What the code takes off the subtotal; 0 without a code or when it does not apply. */
    discount_amount: wireMoney,
    total: wireMoney,
  })
  .transform((cart) => amountsInCents(cart, ['subtotal', 'discount_amount', 'total']));
export type Cart = z.output<typeof cartSchema>;

/** A line the server changed while merging a guest cart: capped at the stock, or skipped. */
export interface CartAdjustment {
  product_id: number;
  variant_id: number | null;
  kind: 'capped' | 'skipped';
  requested: number | null;
  quantity: number | null;
  reason: string | null;
}

export interface MergeResult {
  cart: Cart;
  adjustments: CartAdjustment[];
}

/**
 * A line of the guest cart as the browser keeps it (guest-cart.ts): for a variant, `product`
 * holds the variant's price and stock. Lines kept before variants existed read as plain ones.
 */
export const guestCartLineSchema = z.object({
  product_id: z.number().int(),
  variant_id: z.number().int().nullable().default(null),
  variant: cartVariantSchema.nullable().default(null),
  quantity: z.number().int().positive(),
  product: cartProductSchema,
});
export type GuestCartLine = z.output<typeof guestCartLineSchema>;

// Admin products' app types, and the schema that reads a product as admins see it (cents).
import { z } from '@/lib/zod';
import { wireMoney } from '@/lib/money';
import { productFromWire, productWireSchema } from '@/features/catalog/types';

/** A product as admins see it: with its cost, which shoppers never get. */
export const adminProductSchema = productWireSchema
  .extend({ cost_per_item: wireMoney.nullish() })
  .transform(({ cost_per_item, ...product }) => ({
    ...productFromWire(product),
    cost_per_item_cents: cost_per_item ?? null,
  }));
export type AdminProduct = z.output<typeof adminProductSchema>;

/** The body of POST /api/products; PUT takes any subset. Money is a JSON number, two decimals. */
export interface ProductInput {
  name: string;
  slug?: string;
  description?: string | null;
  price: number;
  compare_at_price?: number | null;
  cost_per_item?: number | null;
  stock_quantity: number;
  sku: string;
  image_url?: string | null;
  is_active?: boolean;
  is_featured?: boolean;
  category_id?: number | null;
}

/** What DELETE did: removed, or (for a product that orders reference) deactivated. */
export type DeleteOutcome = 'deleted' | 'deactivated';

/** An option as PUT /api/admin/products/{id}/variants takes it. */
export interface OptionInput {
  name: string;
  values: string[];
}

/** A variant as that PUT takes it: with the `id` of one kept, without for a new one. */
export interface VariantInput {
  id?: number;
  options: string[];
  sku: string;
  /** Null sells it at the product's price. */
  price: number | null;
  compare_at_price: number | null;
  stock_quantity: number;
}

/** The body of PUT /api/admin/products/{id}/variants: the product's options and variants, all of them. */
export interface VariantsInput {
  options: OptionInput[];
  variants: VariantInput[];
}

// The product form: its values (text, as typed), the client-side rules, and the request bodies
// they turn into. Money is parsed to integer cents and sent as a two-decimal JSON number.
import type { AdminProduct, ProductInput } from '@/features/admin-products/types';
import { centsToDecimalString, parseMoneyInput } from '@/lib/money';

export interface ProductFormValues {
  name: string;
  slug: string;
  description: string;
  price: string;
  compare_at_price: string;
  cost_per_item: string;
  stock_quantity: string;
  sku: string;
  /** A category id, or '' for none. */
  category_id: string;
  image_url: string;
  is_active: boolean;
  is_featured: boolean;
}

/** Form fields that have a field of the same name in the API (for 422 → field errors). */
export const PRODUCT_FIELDS = [
  'name',
  'slug',
  'description',
  'price',
  'compare_at_price',
  'cost_per_item',
  'stock_quantity',
  'sku',
  'category_id',
  'image_url',
  'is_active',
  'is_featured',
] as const satisfies readonly (keyof ProductFormValues)[];

/** Cents as the text of a money field: "19.99", or empty for none. */
export function moneyText(cents: number | null | undefined): string {
  return cents === null || cents === undefined ? '' : centsToDecimalString(cents);
}

export function productFormValues(product: AdminProduct | null): ProductFormValues {
  return {
    name: product?.name ?? '',
    slug: product?.slug ?? '',
    description: product?.description ?? '',
    price: moneyText(product?.price_cents),
    compare_at_price: moneyText(product?.compare_at_price_cents),
    cost_per_item: moneyText(product?.cost_per_item_cents),
    stock_quantity: product ? String(product.stock_quantity) : '0',
    sku: product?.sku ?? '',
    category_id: product?.category_id ? String(product.category_id) : '',
    image_url: product?.image_url ?? '',
    is_active: product?.is_active ?? true,
    is_featured: product?.is_featured ?? false,
  };
}

/** Validation for a money field: a non-negative amount with at most two decimals. */
export function moneyError(text: string, required: boolean): string | true {
  if (text.trim() === '') return required ? 'Enter a price.' : true;
  return parseMoneyInput(text) !== null || 'Enter an amount like 19.99.';
}

export function stockError(text: string): string | true {
  return /^\s*\d{1,9}\s*$/.test(text) || 'Enter a whole number, 0 or more.';
}

/** A typed amount as the API wants it, a JSON number with two decimals; null when empty or not one. */
export function money(text: string): number | null {
  const cents = parseMoneyInput(text);
  // A JSON number with at most two decimals, as the API wants; built from exact cents.
  return cents === null ? null : Number(centsToDecimalString(cents));
}

function optionalText(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

/** The full body of a POST. Assumes the values passed validation. */
export function toProductInput(values: ProductFormValues): ProductInput {
  const input: ProductInput = {
    name: values.name.trim(),
    description: optionalText(values.description),
    price: money(values.price) ?? 0,
    compare_at_price: money(values.compare_at_price),
    cost_per_item: money(values.cost_per_item),
    stock_quantity: Number.parseInt(values.stock_quantity.trim(), 10),
    sku: values.sku.trim(),
    image_url: optionalText(values.image_url),
    is_active: values.is_active,
    is_featured: values.is_featured,
    category_id: values.category_id === '' ? null : Number(values.category_id),
  };
  const slug = values.slug.trim();
  if (slug !== '') input.slug = slug;
  return input;
}

/**
 * The body of a PUT: only the fields whose value differs from `initial`, so a save never
 * overwrites what someone else changed meanwhile in another field. An emptied slug is not sent
 * (the API keeps the current one).
 */
export function changedProductFields(
  values: ProductFormValues,
  initial: ProductFormValues,
): Partial<ProductInput> {
  const next = toProductInput(values);
  const before = toProductInput(initial);
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(next) as (keyof ProductInput)[]) {
    if (next[key] !== before[key]) changes[key] = next[key];
  }
  return changes as Partial<ProductInput>;
}

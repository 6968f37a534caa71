// Catalog answers as the API sends them (money as decimals), parsed as the app reads them, for the tests.
import { productSchema, variantSchema, type Product, type Variant } from '@/features/catalog/types';

export function testProduct(changes: Record<string, unknown> = {}): Product {
  return productSchema.parse({
    id: 3,
    name: 'Desk lamp',
    slug: 'desk-lamp',
    description: null,
    price: 25,
    compare_at_price: null,
    stock_quantity: 4,
    sku: 'LAMP-1',
    image_url: null,
    images: [],
    is_active: true,
    is_featured: false,
    category_id: null,
    category: null,
    created_at: '2026-12-01T10:00:00Z',
    updated_at: '2026-12-01T10:00:00Z',
    ...changes,
  });
}

/** A variant of the values `options` (title "M / Red"), at $20 unless `changes` says otherwise. */
export function testVariant(
  id: number,
  options: string[],
  stock: number,
  changes: Record<string, unknown> = {},
): Variant {
  return variantSchema.parse({
    id,
    sku: `TEE-${options.join('-')}`,
    options,
    title: options.join(' / '),
    price: 20,
    compare_at_price: null,
    stock_quantity: stock,
    in_stock: stock > 0,
    ...changes,
  });
}

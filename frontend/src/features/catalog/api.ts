// Catalog reads for Server Components: straight from the server to `${API_URL}/api`, validated and
// reshaped into the app's types (types.ts).
import { z } from '@/lib/zod';
import { ApiError } from '@/lib/api-error';
import { pageSchema, type Page } from '@/lib/api-schema';
import { serverGet } from '@/lib/server-api';
import {
  categorySchema,
  productSchema,
  variantsSchema,
  type Category,
  type Product,
  type ProductFilters,
  type Variants,
} from '@/features/catalog/types';

export const PAGE_SIZE = 24;

const productPageSchema = pageSchema(productSchema);

export function listCategories(): Promise<Category[]> {
  return serverGet(z.array(categorySchema), '/categories');
}

export async function getCategoryBySlug(slug: string): Promise<Category | null> {
  return orNullOn404(serverGet(categorySchema, `/categories/slug/${encodeURIComponent(slug)}`));
}

export function listProducts(
  filters: ProductFilters & { featured?: boolean; size?: number },
): Promise<Page<Product>> {
  return serverGet(productPageSchema, '/products', {
    page: filters.page,
    size: filters.size ?? PAGE_SIZE,
    search: filters.search,
    category: filters.category,
    min_price: filters.min_price,
    max_price: filters.max_price,
    in_stock: filters.in_stock ? 'true' : undefined,
    featured: filters.featured ? 'true' : undefined,
    sort: filters.sort,
  });
}

/** The product with this slug, or null when there is none (or it is inactive). */
export async function getProductBySlug(slug: string): Promise<Product | null> {
  return orNullOn404(serverGet(productSchema, `/products/slug/${encodeURIComponent(slug)}`));
}

/** The product's options and variants (both empty for a product without options). */
export function getVariants(productId: number): Promise<Variants> {
  return serverGet(variantsSchema, `/products/${productId}/variants`);
}

async function orNullOn404<T>(request: Promise<T>): Promise<T | null> {
  try {
    return await request;
  } catch (error: unknown) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 422)) {
      return null;
    }
    throw error;
  }
}

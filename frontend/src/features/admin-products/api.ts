// Calls of /api/products (as an admin), a product's variants and /api/admin/uploads. The only place
// that knows them.
import type { AxiosProgressEvent } from 'axios';
import { z } from '@/lib/zod';
import { getAdminPage } from '@/lib/admin-page';
import { apiClient } from '@/lib/api-client';
import { toApiError } from '@/lib/api-error';
import { bodyOf, pageSchema, type Page } from '@/lib/api-schema';
import type { AdminProductQuery } from '@/features/admin-products/list-query';
import {
  adminProductSchema,
  type AdminProduct,
  type DeleteOutcome,
  type ProductInput,
  type VariantsInput,
} from '@/features/admin-products/types';
import { variantsSchema, type Variants } from '@/features/catalog/types';

const adminProductPageSchema = pageSchema(adminProductSchema);
const uploadSchema = z.object({ url: z.string() });

export function listProducts(query: AdminProductQuery): Promise<Page<AdminProduct>> {
  return getAdminPage(adminProductPageSchema, '/products', {
    include_inactive: true,
    search: query.search || undefined,
    category_id: query.category_id,
    page: query.page,
  });
}

export function getProduct(id: number): Promise<AdminProduct> {
  return bodyOf(
    adminProductSchema,
    apiClient.get(`/products/${id}`, { params: { include_inactive: true } }),
  );
}

export function createProduct(input: ProductInput): Promise<AdminProduct> {
  return bodyOf(adminProductSchema, apiClient.post('/products', input));
}

export function updateProduct(id: number, changes: Partial<ProductInput>): Promise<AdminProduct> {
  return bodyOf(adminProductSchema, apiClient.put(`/products/${id}`, changes));
}

/** The product's options and variants, an inactive product's too. */
export function getProductVariants(id: number): Promise<Variants> {
  return bodyOf(variantsSchema, apiClient.get(`/products/${id}/variants`));
}

/**
 * Replaces the product's options and variants. A 422 names its field as `options.N.…` or
 * `variants.N.…` (N the index in `input`); a SKU another variant or product has is a 409.
 */
export function saveVariants(id: number, input: VariantsInput): Promise<Variants> {
  return bodyOf(variantsSchema, apiClient.put(`/admin/products/${id}/variants`, input));
}

/**
 * Deletes a product. The API answers 204 either way, but keeps (deactivated) a product that orders
 * reference; a follow-up read tells which of the two happened.
 */
export async function deleteProduct(id: number): Promise<DeleteOutcome> {
  await apiClient.delete(`/products/${id}`);
  try {
    await getProduct(id);
    return 'deactivated';
  } catch (error: unknown) {
    if (toApiError(error).status === 404) return 'deleted';
    throw error;
  }
}

/**
 * Uploads an image (multipart field `file`) and returns its URL ("/uploads/…").
 * `onProgress` receives 0..100 as the bytes go out.
 */
export async function uploadImage(
  file: File,
  onProgress?: (percent: number) => void,
): Promise<string> {
  const body = new FormData();
  body.append('file', file);
  const { url } = await bodyOf(
    uploadSchema,
    apiClient.post('/admin/uploads', body, {
      timeout: 120_000,
      onUploadProgress: (event: AxiosProgressEvent) => {
        if (onProgress && event.total) {
          onProgress(Math.min(100, Math.round((event.loaded * 100) / event.total)));
        }
      },
    }),
  );
  return url;
}

// Calls of /api/categories from the back office (with the admin's token). The only place in the
// browser that knows these paths; the storefront reads categories on the server (catalog/api.ts).
import { z } from '@/lib/zod';
import { apiClient } from '@/lib/api-client';
import { bodyOf } from '@/lib/api-schema';
import type { Category, CategoryInput } from '@/features/admin-categories/types';
import { categorySchema } from '@/features/catalog/types';

const categoriesSchema = z.array(categorySchema);

export async function listCategories(): Promise<Category[]> {
  return bodyOf(categoriesSchema, apiClient.get('/categories'));
}

export async function createCategory(input: CategoryInput): Promise<Category> {
  return bodyOf(categorySchema, apiClient.post('/categories', input));
}

export async function updateCategory(id: number, input: Partial<CategoryInput>): Promise<Category> {
  return bodyOf(categorySchema, apiClient.put(`/categories/${id}`, input));
}

/** Deletes the category; rejects with a 409 ApiError while products still use it. */
export async function deleteCategory(id: number): Promise<void> {
  await apiClient.delete(`/categories/${id}`);
}

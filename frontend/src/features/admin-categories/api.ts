// Calls of /api/categories from the back office (with the admin's token). The only place in the
// browser that knows these paths; the storefront reads categories on the server (catalog/api.ts).
import { apiClient } from '@/lib/api-client';
import type { Category, CategoryInput } from '@/features/admin-categories/types';

export async function listCategories(): Promise<Category[]> {
  const { data } = await apiClient.get<Category[]>('/categories');
  return data;
}

export async function createCategory(input: CategoryInput): Promise<Category> {
  const { data } = await apiClient.post<Category>('/categories', input);
  return data;
}

export async function updateCategory(id: number, input: Partial<CategoryInput>): Promise<Category> {
  const { data } = await apiClient.put<Category>(`/categories/${id}`, input);
  return data;
}

/** Deletes the category; rejects with a 409 ApiError while products still use it. */
export async function deleteCategory(id: number): Promise<void> {
  await apiClient.delete(`/categories/${id}`);
}

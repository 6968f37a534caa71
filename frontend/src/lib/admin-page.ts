// One page of a back-office list (orders, products, users, emails): every such endpoint is read
// ADMIN_PAGE_SIZE items at a time and its answer validated like any other body.
import type { z } from '@/lib/zod';
import { apiClient } from '@/lib/api-client';
import { bodyOf, type Page } from '@/lib/api-schema';

export const ADMIN_PAGE_SIZE = 20;

/** The list query's parameters; undefined ones are left out of the URL. */
export type AdminPageParams = { page: number } & Record<
  string,
  string | number | boolean | undefined
>;

/** GETs page `params.page` of `path`; the answer must match `schema` (a pageSchema). */
export function getAdminPage<T>(
  schema: z.ZodType<Page<T>>,
  path: string,
  params: AdminPageParams,
): Promise<Page<T>> {
  return bodyOf(schema, apiClient.get(path, { params: { ...params, size: ADMIN_PAGE_SIZE } }));
}

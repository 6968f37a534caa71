// One page of a back-office list (orders, products, users, emails): every such endpoint is read
// ADMIN_PAGE_SIZE items at a time and its answer validated like any other body.
import type { z } from '@/lib/zod';
import { apiClient } from '@/lib/api-client';
import { bodyOf, pageSchema, type Page } from '@/lib/api-schema';
import type { UrlQuery } from '@/lib/url-list';

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

/**
 * The reader of the back-office list at `path` whose state is the URL query `definition`: the
 * query read from the URL (search, filters, page) is sent as it is; every answer must be a page of
 * `item`s.
 */
export function adminListReader<Q extends AdminPageParams, Item extends z.ZodType>(
  definition: UrlQuery<Q>,
  item: Item,
  path: string,
): (query: Q) => Promise<Page<z.output<Item>>> {
  const schema = pageSchema(item);
  return (query) => getAdminPage(schema, path, query);
}

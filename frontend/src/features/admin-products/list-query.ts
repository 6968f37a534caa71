// The product table's URL is its state: ?search=&category_id=&page=. These functions read it and
// write it back, dropping values the API would reject.
import type { AdminProductQuery } from '@/features/admin-products/types';

function positiveInt(value: string | null): number | undefined {
  if (value === null || !/^\d{1,9}$/.test(value.trim())) return undefined;
  const number = Number(value);
  return number >= 1 ? number : undefined;
}

export function parseProductQuery(params: URLSearchParams): AdminProductQuery {
  const search = params.get('search')?.trim().slice(0, 200);
  return {
    search: search === '' ? undefined : search,
    category_id: positiveInt(params.get('category_id')),
    page: positiveInt(params.get('page')) ?? 1,
  };
}

/** The query string of a product-table URL (with its '?'), page 1 left out. */
export function productQueryString(query: AdminProductQuery): string {
  const params = new URLSearchParams();
  if (query.search) params.set('search', query.search);
  if (query.category_id !== undefined) params.set('category_id', String(query.category_id));
  if (query.page > 1) params.set('page', String(query.page));
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

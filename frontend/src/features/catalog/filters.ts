// The product-list URL is the state of the list: these functions read it into ProductFilters and
// write ProductFilters back, dropping anything the API would reject so a hand-edited link still works.
import type { ProductFilters, ProductSort } from '@/features/catalog/types';
import { parseMoneyInput } from '@/lib/money';

export const SORT_OPTIONS: { value: ProductSort; label: string }[] = [
  { value: 'relevance', label: 'Best match' },
  { value: 'newest', label: 'Newest' },
  { value: 'price_asc', label: 'Price: low to high' },
  { value: 'price_desc', label: 'Price: high to low' },
  { value: 'name_asc', label: 'Name: A to Z' },
  { value: 'name_desc', label: 'Name: Z to A' },
];

const SORTS = new Set<string>(SORT_OPTIONS.map((option) => option.value));

export type SearchParams = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string | undefined {
  const single = Array.isArray(value) ? value[0] : value;
  const trimmed = single?.trim();
  return trimmed === '' ? undefined : trimmed;
}

const MAX_FILTER_CENTS = 1_000_000_000;
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function price(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const cents = parseMoneyInput(value);
  return cents !== null && cents <= MAX_FILTER_CENTS ? value : undefined;
}

function slug(value: string | undefined): string | undefined {
  return value !== undefined && value.length <= 120 && SLUG_PATTERN.test(value) ? value : undefined;
}

export function parseFilters(params: SearchParams): ProductFilters {
  const search = first(params.search)?.slice(0, 200);
  const sortText = first(params.sort);
  let sort = sortText !== undefined && SORTS.has(sortText) ? (sortText as ProductSort) : undefined;
  if (sort === 'relevance' && search === undefined) sort = undefined;
  const pageNumber = Number(first(params.page) ?? '1');
  let minPrice = price(first(params.min_price));
  let maxPrice = price(first(params.max_price));
  if (minPrice !== undefined && maxPrice !== undefined) {
    const low = parseMoneyInput(minPrice) ?? 0;
    const high = parseMoneyInput(maxPrice) ?? 0;
    if (low > high) [minPrice, maxPrice] = [maxPrice, minPrice];
  }
  const inStock = first(params.in_stock);
  return {
    search,
    category: slug(first(params.category)),
    min_price: minPrice,
    max_price: maxPrice,
    in_stock: inStock === 'true' || inStock === '1' || inStock === 'on',
    sort,
    page: Number.isInteger(pageNumber) && pageNumber >= 1 && pageNumber <= 10_000 ? pageNumber : 1,
  };
}

/** The query string of a product-list URL (with leading "?", or "" when there are no filters). */
export function filtersToQuery(filters: ProductFilters): string {
  const params = new URLSearchParams();
  if (filters.search) params.set('search', filters.search);
  if (filters.category) params.set('category', filters.category);
  if (filters.min_price) params.set('min_price', filters.min_price);
  if (filters.max_price) params.set('max_price', filters.max_price);
  if (filters.in_stock) params.set('in_stock', 'true');
  if (filters.sort) params.set('sort', filters.sort);
  if (filters.page && filters.page > 1) params.set('page', String(filters.page));
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

export function productListHref(filters: ProductFilters): string {
  return `/products${filtersToQuery(filters)}`;
}

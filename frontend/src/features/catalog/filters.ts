// The product-list URL is the state of the list: productListQuery reads it into ProductFilters and
// writes them back, dropping anything the API would reject so a hand-edited link still works.
import type { ProductFilters, ProductSort } from '@/features/catalog/types';
import { parseMoneyInput } from '@/lib/money';
import { field, urlQuery, type QueryField } from '@/lib/url-list';

export const SORT_OPTIONS: { value: ProductSort; label: string }[] = [
  { value: 'relevance', label: 'Best match' },
  { value: 'newest', label: 'Newest' },
  { value: 'price_asc', label: 'Price: low to high' },
  { value: 'price_desc', label: 'Price: high to low' },
  { value: 'name_asc', label: 'Name: A to Z' },
  { value: 'name_desc', label: 'Name: Z to A' },
  { value: 'rating', label: 'Top rated' },
];

const MAX_FILTER_CENTS = 1_000_000_000;
const MAX_PAGE = 10_000;
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A price as the shopper typed it ("25", "19.99"), kept as text so the box shows it unchanged. */
function price(): QueryField<string> {
  return field.text(200, (value) => {
    const cents = parseMoneyInput(value);
    return cents !== null && cents <= MAX_FILTER_CENTS;
  });
}

function cents(value: string | undefined): number {
  return value === undefined ? 0 : (parseMoneyInput(value) ?? 0);
}

export const productListQuery = urlQuery(
  {
    search: field.text(200),
    category: field.text(120, (value) => value.length <= 120 && SLUG_PATTERN.test(value)),
    min_price: price(),
    max_price: price(),
    in_stock: field.flag(),
    sort: field.oneOf(SORT_OPTIONS.map((option) => option.value)),
    page: field.page(MAX_PAGE),
  },
  (query) => {
    const sort = query.sort === 'relevance' && query.search === undefined ? undefined : query.sort;
    const reversed =
      query.min_price !== undefined &&
      query.max_price !== undefined &&
      cents(query.min_price) > cents(query.max_price);
    return reversed
      ? { ...query, sort, min_price: query.max_price, max_price: query.min_price }
      : { ...query, sort };
  },
);

export function productListHref(filters: ProductFilters): string {
  return `/products${productListQuery.serialize(filters)}`;
}

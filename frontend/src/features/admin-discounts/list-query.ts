// The discount-code table's URL is its state: ?search=&page=.
import { field, urlQuery, type QueryValue } from '@/lib/url-list';

export const discountCodeListQuery = urlQuery({ search: field.text(), page: field.page() });

export type DiscountCodeQuery = QueryValue<typeof discountCodeListQuery>;

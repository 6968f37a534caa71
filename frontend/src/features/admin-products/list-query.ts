// The product table's URL is its state: ?search=&category_id=&page=.
import { field, urlQuery, type QueryValue } from '@/lib/url-list';

export const productListQuery = urlQuery({
  search: field.text(),
  category_id: field.positiveInt(),
  page: field.page(),
});

export type AdminProductQuery = QueryValue<typeof productListQuery>;

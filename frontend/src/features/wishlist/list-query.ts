// The wishlist page's URL (?page=).
import { field, urlQuery } from '@/lib/url-list';

export const wishlistQuery = urlQuery({ page: field.page() });

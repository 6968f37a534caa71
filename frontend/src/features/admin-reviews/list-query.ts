// The review table's URL is its state: ?status=&search=&page=.
import { REVIEW_STATUS_OPTIONS } from '@/features/admin-reviews/types';
import { field, urlQuery, type QueryValue } from '@/lib/url-list';

export const reviewListQuery = urlQuery({
  status: field.oneOf(REVIEW_STATUS_OPTIONS.map((option) => option.value)),
  search: field.text(),
  page: field.page(),
});

export type AdminReviewQuery = QueryValue<typeof reviewListQuery>;

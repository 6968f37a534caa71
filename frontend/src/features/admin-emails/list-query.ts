// The email table's URL (?status=&page=); the table opens on the failed emails, the ones that need
// the admin.
import { EMAIL_STATUSES } from '@/features/admin-emails/types';
import { field, urlQuery, type QueryValue } from '@/lib/url-list';

export const emailListQuery = urlQuery({
  status: field.oneOfOr(EMAIL_STATUSES, 'failed'),
  page: field.page(),
});

export type EmailQuery = QueryValue<typeof emailListQuery>;

// Calls of /api/admin/reviews. The only place that knows these paths; answers are validated
// (types.ts).
import { getAdminPage } from '@/lib/admin-page';
import { apiClient } from '@/lib/api-client';
import { bodyOf, pageSchema, type Page } from '@/lib/api-schema';
import type { AdminReviewQuery } from '@/features/admin-reviews/list-query';
import { adminReviewSchema, type AdminReview } from '@/features/admin-reviews/types';

const adminReviewPageSchema = pageSchema(adminReviewSchema);

/** A page of reviews, newest first; `search` is part of the product name or the title. */
export function listAdminReviews(query: AdminReviewQuery): Promise<Page<AdminReview>> {
  return getAdminPage(adminReviewPageSchema, '/admin/reviews', {
    status: query.status,
    search: query.search,
    page: query.page,
  });
}

/** Hides a review (it then counts in no rating and is shown to no customer) or shows it again. */
export function setReviewHidden(id: number, isHidden: boolean): Promise<AdminReview> {
  return bodyOf(adminReviewSchema, apiClient.put(`/admin/reviews/${id}`, { is_hidden: isHidden }));
}

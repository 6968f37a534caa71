// Calls of /api/admin/reviews. The only place that knows these paths; answers are validated
// (types.ts).
import { adminListReader } from '@/lib/admin-page';
import { apiClient } from '@/lib/api-client';
import { bodyOf } from '@/lib/api-schema';
import { reviewListQuery } from '@/features/admin-reviews/list-query';
import { adminReviewSchema, type AdminReview } from '@/features/admin-reviews/types';

/** A page of reviews, newest first; `search` is part of the product name or the title. */
export const listAdminReviews = adminListReader(
  reviewListQuery,
  adminReviewSchema,
  '/admin/reviews',
);

/** Hides a review (it then counts in no rating and is shown to no customer) or shows it again. */
export function setReviewHidden(id: number, isHidden: boolean): Promise<AdminReview> {
  return bodyOf(adminReviewSchema, apiClient.put(`/admin/reviews/${id}`, { is_hidden: isHidden }));
}

// The back office's review type: a review with what it is about and who wrote it.
import { z } from '@/lib/zod';
import { reviewSchema } from '@/features/reviews/types';

export const adminReviewSchema = reviewSchema.extend({
  product_name: z.string(),
  product_slug: z.string(),
  author_email: z.string(),
});
export type AdminReview = z.output<typeof adminReviewSchema>;

export type ReviewStatus = 'visible' | 'hidden';

export const REVIEW_STATUS_OPTIONS: { value: ReviewStatus; label: string }[] = [
  { value: 'visible', label: 'Visible' },
  { value: 'hidden', label: 'Hidden' },
];

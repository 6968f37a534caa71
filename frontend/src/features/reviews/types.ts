// The reviews' app types and the schemas that read them from the API (docs/api.md, "Reviews").
import { z } from '@/lib/zod';

export const RATING_VALUES = [5, 4, 3, 2, 1] as const;
export const TITLE_LIMIT = 120;
export const BODY_LIMIT = 5000;

export const reviewSchema = z.object({
  id: z.number(),
  product_id: z.number(),
  rating: z.number().int().min(1).max(5),
  title: z.string(),
  body: z.string(),
  author_name: z.string(),
  verified_purchase: z.boolean(),
  helpful_count: z.number().int().nonnegative(),
  is_hidden: z.boolean(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type Review = z.output<typeof reviewSchema>;

const count = z.number().int().nonnegative();

export const ratingSchema = z.object({
  average: z.number().nullable(),
  count,
  distribution: z.object({ '1': count, '2': count, '3': count, '4': count, '5': count }),
});
export type Rating = z.output<typeof ratingSchema>;

/** GET /api/products/{id}/reviews/mine: whether the caller may review, and their own review. */
export const myReviewSchema = z.object({
  can_review: z.boolean(),
  reason: z.string().nullable(),
  review: reviewSchema.nullable(),
});
export type MyReview = z.output<typeof myReviewSchema>;

/** The body of POST /api/products/{id}/reviews; PUT /api/reviews/{id} takes any of its fields. */
export interface ReviewInput {
  rating: number;
  title: string;
  body: string;
}

export type ReviewSort = 'newest' | 'helpful';

export const REVIEW_SORT_OPTIONS: { value: ReviewSort; label: string }[] = [
  { value: 'newest', label: 'Newest' },
  { value: 'helpful', label: 'Most helpful' },
];

export const REVIEW_PAGE_SIZE = 5;

// Calls of the reviews API: the product page's first reads go from the server (serverGet), the
// rest from the browser with the signed-in customer's token. Answers are validated (types.ts).
import { apiClient } from '@/lib/api-client';
import { bodyOf, pageSchema, type Page } from '@/lib/api-schema';
import { serverGet } from '@/lib/server-api';
import {
  REVIEW_PAGE_SIZE,
  myReviewSchema,
  ratingSchema,
  reviewSchema,
  type MyReview,
  type Rating,
  type Review,
  type ReviewInput,
  type ReviewSort,
} from '@/features/reviews/types';

const reviewPageSchema = pageSchema(reviewSchema);

/** The rating of a product, read by the server for the product page. */
export function getRatingOnServer(productId: number): Promise<Rating> {
  return serverGet(ratingSchema, `/products/${productId}/rating`);
}

/** The first page of a product's newest reviews, read by the server for the product page. */
export function getFirstReviewsOnServer(productId: number): Promise<Page<Review>> {
  return serverGet(reviewPageSchema, `/products/${productId}/reviews`, {
    sort: 'newest',
    page: 1,
    size: REVIEW_PAGE_SIZE,
  });
}

export function getRating(productId: number): Promise<Rating> {
  return bodyOf(ratingSchema, apiClient.get(`/products/${productId}/rating`));
}

export function listReviews(
  productId: number,
  sort: ReviewSort,
  page: number,
): Promise<Page<Review>> {
  return bodyOf(
    reviewPageSchema,
    apiClient.get(`/products/${productId}/reviews`, {
      params: { sort, page, size: REVIEW_PAGE_SIZE },
    }),
  );
}

/** Whether the signed-in customer may review the product, and their own review if any. */
export function getMyReview(productId: number): Promise<MyReview> {
  return bodyOf(myReviewSchema, apiClient.get(`/products/${productId}/reviews/mine`));
}

/** 403 without a delivered order containing the product, 409 when already reviewed, 422 fields. */
export function createReview(productId: number, input: ReviewInput): Promise<Review> {
  return bodyOf(reviewSchema, apiClient.post(`/products/${productId}/reviews`, input));
}

export function updateReview(id: number, input: Partial<ReviewInput>): Promise<Review> {
  return bodyOf(reviewSchema, apiClient.put(`/reviews/${id}`, input));
}

export async function deleteReview(id: number): Promise<void> {
  await apiClient.delete(`/reviews/${id}`);
}

/** One "helpful" vote per customer and review; a second changes nothing; 403 on one's own. */
export function markReviewHelpful(id: number): Promise<Review> {
  return bodyOf(reviewSchema, apiClient.post(`/reviews/${id}/helpful`));
}

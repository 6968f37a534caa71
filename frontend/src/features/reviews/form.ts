// The review form's values and what they become in the request body.
import type { Review, ReviewInput } from '@/features/reviews/types';

export interface ReviewFormValues {
  /** The chosen star as the radio group holds it ("1" … "5"), or "" before one is chosen. */
  rating: string;
  title: string;
  body: string;
}

/** The fields a 422 may name: the form's fields carry the API's names. */
export const REVIEW_FIELDS = ['rating', 'title', 'body'] as const;

export function reviewFormValues(review: Review | null): ReviewFormValues {
  return {
    rating: review ? String(review.rating) : '',
    title: review?.title ?? '',
    body: review?.body ?? '',
  };
}

/** The request body: the rating as a number, the texts trimmed (as the API stores them). */
export function toReviewInput(values: ReviewFormValues): ReviewInput {
  return { rating: Number(values.rating), title: values.title.trim(), body: values.body.trim() };
}

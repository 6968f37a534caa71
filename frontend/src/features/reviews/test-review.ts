// Test helpers of the reviews: a review and a rating as the API sends them.
import type { Rating, Review } from '@/features/reviews/types';

export function testReview(overrides: Partial<Review> = {}): Review {
  return {
    id: 11,
    product_id: 3,
    rating: 4,
    title: 'Sturdy and bright',
    body: 'Lights the whole desk.',
    author_name: 'Ada L.',
    verified_purchase: true,
    helpful_count: 2,
    is_hidden: false,
    created_at: '2026-12-01T10:00:00Z',
    updated_at: '2026-12-01T10:00:00Z',
    ...overrides,
  };
}

export function testRating(overrides: Partial<Rating> = {}): Rating {
  return {
    average: 4.33,
    count: 3,
    distribution: { '1': 0, '2': 0, '3': 1, '4': 0, '5': 2 },
    ...overrides,
  };
}

export function pageOfReviews(items: Review[], page = 1, pages = 1) {
  return { items, total: items.length, page, size: 5, pages };
}

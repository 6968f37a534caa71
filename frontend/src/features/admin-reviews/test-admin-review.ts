// Test helper of the back office's reviews: a review as GET /api/admin/reviews sends it.
import type { AdminReview } from '@/features/admin-reviews/types';
import { testReview } from '@/features/reviews/test-review';

export function testAdminReview(overrides: Partial<AdminReview> = {}): AdminReview {
  return {
    ...testReview(),
    product_name: 'Desk lamp',
    product_slug: 'desk-lamp',
    author_email: 'ada@example.com',
    ...overrides,
  };
}

import type { Metadata } from 'next';
import { ReviewList } from '@/features/admin-reviews/components/review-list';

export const metadata: Metadata = { title: 'Reviews' };

export default function AdminReviewsPage() {
  return <ReviewList />;
}

// One review as the product page lists it: stars, title, text (as plain text), who wrote it and
// when, the verified-purchase badge and, for other signed-in customers, a "Helpful" vote.
import type { ReactNode } from 'react';
import { CheckBadgeIcon, HandThumbUpIcon } from '@heroicons/react/20/solid';
import { Button } from '@/components/ui/button';
import { Stars } from '@/features/reviews/components/stars';
import { formatReviewDate } from '@/features/reviews/format';
import type { Review } from '@/features/reviews/types';

export interface ReviewItemProps {
  review: Review;
  /** Offers the vote when given (signed in, and not one's own review). */
  onHelpful?: () => void;
  /** The vote in flight, or already cast from this page. */
  helpfulState?: 'busy' | 'voted';
  /** The author's controls (Edit, Delete) for one's own review. */
  actions?: ReactNode;
}

export function ReviewItem({ review, onHelpful, helpfulState, actions }: ReviewItemProps) {
  return (
    <article aria-labelledby={`review-${review.id}-title`} className="py-6" data-testid="review">
      <div className="flex flex-wrap items-center gap-3">
        <Stars value={review.rating} size="sm" />
        <h3 id={`review-${review.id}-title`} className="font-semibold text-slate-900">
          {review.title}
        </h3>
      </div>
      <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600">
        <span>{review.author_name}</span>
        <time dateTime={review.created_at}>{formatReviewDate(review.created_at)}</time>
        {review.verified_purchase ? (
          <span className="inline-flex items-center gap-1 font-medium text-green-800">
            <CheckBadgeIcon className="h-4 w-4" aria-hidden="true" />
            Verified purchase
          </span>
        ) : null}
        {review.is_hidden ? (
          <span className="rounded bg-slate-200 px-1.5 py-0.5 text-xs font-semibold text-slate-800">
            Hidden by the shop
          </span>
        ) : null}
      </p>
      <p className="mt-3 whitespace-pre-line break-words text-slate-700" data-testid="review-body">
        {review.body}
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        {onHelpful ? (
          <Button
            variant="secondary"
            size="sm"
            onClick={onHelpful}
            loading={helpfulState === 'busy'}
            disabled={helpfulState === 'voted'}
            aria-pressed={helpfulState === 'voted'}
          >
            <HandThumbUpIcon className="h-4 w-4" aria-hidden="true" />
            Helpful ({review.helpful_count})
          </Button>
        ) : review.helpful_count > 0 ? (
          <span className="text-sm text-slate-600">{review.helpful_count} found this helpful</span>
        ) : null}
        {actions}
      </div>
    </article>
  );
}

'use client';

// The Reviews section under a product: the rating, the signed-in customer's own review (or the
// form to write one), and the reviews, sortable and shown a page at a time. The server renders the
// rating and first page (when it could read them; else the browser reads them); everything after
// that is read from the browser.
import { useEffect, useState } from 'react';
import toast from 'react-hot-toast';
import { InlineSelect } from '@/components/forms/inline-select';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { Page } from '@/lib/api-schema';
import { errorMessage, toApiError } from '@/lib/api-error';
import { getRating, markReviewHelpful } from '@/features/reviews/api';
import { RatingSummary } from '@/features/reviews/components/rating-summary';
import { ReviewItem } from '@/features/reviews/components/review-item';
import { YourReview } from '@/features/reviews/components/your-review';
import { REVIEW_SORT_OPTIONS, type Rating, type Review } from '@/features/reviews/types';
import { useMyReview } from '@/features/reviews/use-my-review';
import { useReviewList } from '@/features/reviews/use-review-list';

export interface ProductReviewsProps {
  productId: number;
  productSlug: string;
  /** Null when the server could not read it. */
  rating: Rating | null;
  /** Null when the server could not read it. */
  firstPage: Page<Review> | null;
}

export function ProductReviews({ productId, productSlug, rating, firstPage }: ProductReviewsProps) {
  const [currentRating, setCurrentRating] = useState(rating);
  const readRating = rating === null;
  useEffect(() => {
    // Without a rating the summary is left out; the reviews say what went wrong, if anything.
    if (readRating) getRating(productId).then(setCurrentRating, () => undefined);
  }, [readRating, productId]);
  const list = useReviewList(productId, firstPage);
  const my = useMyReview(productId);
  const [voting, setVoting] = useState<number | null>(null);
  const [voted, setVoted] = useState<ReadonlySet<number>>(new Set());
  const ownId = my.mine?.review?.id;

  const onChanged = () => {
    void my.reload();
    void list.reload();
    getRating(productId).then(setCurrentRating, (error: unknown) =>
      toast.error(errorMessage(error)),
    );
  };

  const onHelpful = async (review: Review) => {
    setVoting(review.id);
    try {
      list.replace(await markReviewHelpful(review.id));
      setVoted((current) => new Set(current).add(review.id));
    } catch (error: unknown) {
      if (toApiError(error).status === 403) {
        setVoted((current) => new Set(current).add(review.id));
      } else {
        toast.error(errorMessage(error));
      }
    } finally {
      setVoting(null);
    }
  };

  const helpfulState = (id: number) =>
    voting === id ? 'busy' : voted.has(id) ? 'voted' : undefined;

  return (
    <section id="reviews" aria-labelledby="reviews-heading" className="mt-16 scroll-mt-24">
      <h2 id="reviews-heading" className="text-xl font-bold tracking-tight text-slate-900">
        Customer reviews
      </h2>
      <div className="mt-6 grid gap-10 lg:grid-cols-3">
        <div>
          {currentRating ? <RatingSummary rating={currentRating} /> : null}
          <YourReview
            productId={productId}
            productSlug={productSlug}
            state={my}
            onChanged={onChanged}
          />
        </div>
        <div className="lg:col-span-2">
          {list.items.length === 0 && !list.loading && list.error === null ? (
            <p className="rounded-lg border border-dashed border-slate-300 px-6 py-10 text-center text-sm text-slate-600">
              Customers who received this product can tell others what they think of it here.
            </p>
          ) : (
            <>
              <InlineSelect
                id="review-sort"
                label="Sort reviews"
                options={REVIEW_SORT_OPTIONS}
                value={list.sort}
                onChange={(sort) => void list.changeSort(sort)}
                className="justify-end"
                selectClassName="max-w-[12rem]"
              />
              <div className="divide-y divide-slate-200" aria-busy={list.loading}>
                {list.items.map((review) => (
                  <ReviewItem
                    key={review.id}
                    review={review}
                    onHelpful={
                      my.signedIn && review.id !== ownId ? () => void onHelpful(review) : undefined
                    }
                    helpfulState={helpfulState(review.id)}
                  />
                ))}
              </div>
            </>
          )}
          {list.error ? (
            <Alert tone="error" className="mt-4">
              {list.error}
            </Alert>
          ) : null}
          {list.hasMore ? (
            <div className="mt-4 flex justify-center">
              <Button
                variant="secondary"
                loading={list.loading}
                onClick={() => void list.showMore()}
              >
                Show more reviews
              </Button>
            </div>
          ) : null}
        </div>
      </div>
    </section>
  );
}

'use client';

// The signed-in customer's side of the reviews: the form to write one when they may, their own
// review with Edit and Delete, or why they cannot review; signed out, a way to sign in.
import Link from 'next/link';
import { useState } from 'react';
import toast from 'react-hot-toast';
import { PencilSquareIcon, TrashIcon } from '@heroicons/react/20/solid';
import { Alert } from '@/components/ui/alert';
import { Button, buttonClasses } from '@/components/ui/button';
import { ConfirmDeleteDialog, useConfirmDelete } from '@/components/ui/confirm-delete';
import { Panel } from '@/components/ui/panel';
import { deleteReview } from '@/features/reviews/api';
import { ReviewForm } from '@/features/reviews/components/review-form';
import { ReviewItem } from '@/features/reviews/components/review-item';
import type { Review } from '@/features/reviews/types';
import type { MyReviewState } from '@/features/reviews/use-my-review';

export interface YourReviewProps {
  productId: number;
  productSlug: string;
  state: MyReviewState;
  /** Called once the customer's review was written, changed or deleted. */
  onChanged: () => void;
}

export function YourReview({ productId, productSlug, state, onChanged }: YourReviewProps) {
  const [editing, setEditing] = useState(false);
  const deletion = useConfirmDelete<Review>({
    remove: ({ id }) => deleteReview(id),
    onDeleted: () => {
      toast.success('Your review was deleted.');
      onChanged();
    },
    title: () => 'Delete your review?',
    description: () => 'It disappears from this product, and its rating stops counting.',
    confirmLabel: 'Delete review',
  });

  if (!state.ready) return null;
  if (!state.signedIn) {
    const next = encodeURIComponent(`/products/${productSlug}#reviews`);
    return (
      <Link href={`/login?next=${next}`} className={`${buttonClasses('secondary')} mt-6`}>
        Sign in to write a review
      </Link>
    );
  }
  if (state.error)
    return (
      <Alert tone="error" className="mt-6">
        {state.error}
      </Alert>
    );
  const mine = state.mine;
  if (mine === null) return null;

  const saved = () => {
    setEditing(false);
    onChanged();
  };

  if (mine.review !== null) {
    const review = mine.review;
    return (
      <Panel
        title="Your review"
        className="mt-6 p-4 sm:p-6"
        titleClassName="text-base font-semibold"
      >
        {editing ? (
          <div className="mt-4">
            <ReviewForm
              productId={productId}
              review={review}
              onSaved={saved}
              onCancel={() => setEditing(false)}
            />
          </div>
        ) : (
          <ReviewItem
            review={review}
            actions={
              <>
                <Button
                  variant="secondary"
                  size="sm"
                  onClick={() => setEditing(true)}
                  icon={PencilSquareIcon}
                >
                  Edit
                </Button>
                <Button
                  variant="ghost"
                  size="sm"
                  className="text-red-700 hover:bg-red-50"
                  onClick={() => deletion.ask(review)}
                  icon={TrashIcon}
                >
                  Delete
                </Button>
              </>
            }
          />
        )}
        <ConfirmDeleteDialog deletion={deletion} />
      </Panel>
    );
  }

  if (mine.can_review) {
    return (
      <Panel
        title="Write a review"
        className="mt-6 p-4 sm:p-6"
        titleClassName="text-base font-semibold"
      >
        <div className="mt-4">
          <ReviewForm productId={productId} review={null} onSaved={saved} />
        </div>
      </Panel>
    );
  }

  return mine.reason ? (
    <p className="mt-6 text-sm text-slate-600" data-testid="review-note">
      {mine.reason}
    </p>
  ) : null;
}

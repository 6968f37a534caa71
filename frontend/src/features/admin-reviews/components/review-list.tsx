'use client';

// The back office's reviews: a searchable, paged table filtered by status, where each review can
// be hidden from the shop (and its ratings) or shown again.
import { ChatBubbleLeftRightIcon } from '@heroicons/react/24/outline';
import { AdminListPage } from '@/components/layout/admin-list-page';
import { FilterSelect } from '@/components/ui/list-toolbar';
import { useBusyAction } from '@/components/ui/use-busy-action';
import { listAdminReviews, setReviewHidden } from '@/features/admin-reviews/api';
import { reviewColumns } from '@/features/admin-reviews/components/review-columns';
import { reviewListQuery } from '@/features/admin-reviews/list-query';
import { REVIEW_STATUS_OPTIONS, type AdminReview } from '@/features/admin-reviews/types';
import { countOf } from '@/lib/plural';
import { replaceItem, useUrlList } from '@/lib/use-url-list';

export function ReviewList() {
  const reviews = useUrlList('reviews', reviewListQuery, listAdminReviews);
  const changing = useBusyAction<number>();

  const toggleHidden = (review: AdminReview) =>
    changing.run(
      review.id,
      async () => {
        const updated = await setReviewHidden(review.id, !review.is_hidden);
        reviews.setData((page) => replaceItem(page, updated));
        return updated;
      },
      {
        done: (updated) =>
          updated.is_hidden
            ? `“${updated.title}” is hidden from the shop.`
            : `“${updated.title}” is shown in the shop again.`,
        subject: review.title,
      },
    );

  return (
    <AdminListPage
      title="Reviews"
      summary={(total) =>
        `${countOf(total, 'review', 'reviews')}. Hidden reviews are shown to no customer and count in no rating.`
      }
      description="What customers who received a product said of it."
      search={{ id: 'review-search', placeholder: 'Product name or title' }}
      filters={
        <FilterSelect
          id="review-status"
          label="Status"
          value={reviews.query.status}
          options={REVIEW_STATUS_OPTIONS}
          anyLabel="All"
          onChange={(status) => reviews.update({ status })}
        />
      }
      list={reviews}
      empty={{
        icon: ChatBubbleLeftRightIcon,
        noMatch: {
          title: 'No reviews match',
          text: 'Try another product name or title, or another status.',
        },
        none: {
          title: 'No reviews yet',
          text: 'Customers review products once their order is delivered.',
        },
      }}
      columns={reviewColumns({
        changing: changing.busy,
        onToggleHidden: (review) => void toggleHidden(review),
      })}
      rowTestId="review-row"
      minWidthClass="min-w-[56rem]"
    />
  );
}

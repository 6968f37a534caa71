// The columns of the review table: the product (a link to its page in the shop), the rating and
// title, who wrote it and when, whether customers see it, and the control that hides or shows it.
import Link from 'next/link';
import { EyeIcon, EyeSlashIcon } from '@heroicons/react/24/outline';
import { Button } from '@/components/ui/button';
import type { DataTableColumn } from '@/components/ui/data-table';
import { dateColumn, stateColumn } from '@/components/ui/table-columns';
import type { AdminReview } from '@/features/admin-reviews/types';
import { Stars } from '@/features/reviews/components/stars';

export interface ReviewColumnActions {
  /** The id of the review whose change is in flight, or null. */
  changing: number | null;
  onToggleHidden: (review: AdminReview) => void;
}

export function reviewColumns({
  changing,
  onToggleHidden,
}: ReviewColumnActions): DataTableColumn<AdminReview>[] {
  return [
    {
      label: 'Product',
      cell: (review) => (
        <Link
          href={`/products/${review.product_slug}`}
          className="font-medium text-brand-700 underline-offset-2 hover:underline"
        >
          {review.product_name}
        </Link>
      ),
    },
    {
      label: 'Review',
      cell: (review) => (
        <>
          <Stars value={review.rating} size="sm" />
          <span className="mt-1 block max-w-xs break-words text-slate-900">{review.title}</span>
        </>
      ),
    },
    {
      label: 'Author',
      cell: (review) => (
        <>
          <span className="block text-slate-900">{review.author_name}</span>
          <span className="block text-xs text-slate-600">{review.author_email}</span>
        </>
      ),
    },
    dateColumn('Date', (review) => review.created_at, 'whitespace-nowrap text-slate-700'),
    stateColumn('Status', (review) => !review.is_hidden, { on: 'Visible', off: 'Hidden' }),
    {
      label: 'Actions',
      align: 'right',
      hidden: true,
      cell: (review) => {
        const Icon = review.is_hidden ? EyeIcon : EyeSlashIcon;
        const word = review.is_hidden ? 'Show' : 'Hide';
        return (
          <Button
            variant="secondary"
            size="sm"
            loading={changing === review.id}
            onClick={() => onToggleHidden(review)}
            aria-label={`${word} review “${review.title}”`}
          >
            <Icon className="h-4 w-4" aria-hidden="true" />
            {word}
          </Button>
        );
      },
    },
  ];
}

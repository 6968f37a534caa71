// How a rating and a review's date read on the page.
import type { Rating } from '@/features/reviews/types';

/** "4.3": an average to one decimal. */
export function formatAverage(average: number): string {
  return (Math.round(average * 10) / 10).toFixed(1);
}

/** "Rated 4.3 out of 5", what a screen reader says for a row of stars. */
export function ratingLabel(value: number): string {
  return `Rated ${formatAverage(value)} out of 5`;
}

export function reviewCountLabel(count: number): string {
  return `${count} ${count === 1 ? 'review' : 'reviews'}`;
}

/** The share of the reviews that gave `stars`, as a whole percentage (0 without reviews). */
export function distributionPercent(rating: Rating, stars: 1 | 2 | 3 | 4 | 5): number {
  return rating.count === 0 ? 0 : Math.round((rating.distribution[stars] / rating.count) * 100);
}

const dateFormatter = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' });

export function formatReviewDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormatter.format(date);
}

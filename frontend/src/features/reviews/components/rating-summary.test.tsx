import { render, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { RatingSummary } from '@/features/reviews/components/rating-summary';
import { testRating } from '@/features/reviews/test-review';

describe('RatingSummary', () => {
  test('shows the average as stars, the count and a bar per star from 5 to 1', () => {
    render(<RatingSummary rating={testRating()} />);
    expect(screen.getByRole('img', { name: 'Rated 4.3 out of 5' })).toBeVisible();
    expect(screen.getByText('4.3 out of 5')).toBeVisible();
    expect(screen.getByText('Based on 3 reviews')).toBeVisible();
    const rows = within(screen.getByRole('list', { name: 'Ratings by stars' })).getAllByRole(
      'listitem',
    );
    expect(rows.map((row) => row.textContent)).toEqual([
      '5 stars2 reviews',
      '4 stars0 reviews',
      '3 stars1 review',
      '2 stars0 reviews',
      '1 star0 reviews',
    ]);
  });

  test('without reviews says so, with no stars or bars', () => {
    render(
      <RatingSummary
        rating={testRating({
          average: null,
          count: 0,
          distribution: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 },
        })}
      />,
    );
    expect(screen.getByText('No reviews yet')).toBeVisible();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });
});

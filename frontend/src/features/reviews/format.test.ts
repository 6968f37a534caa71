import { describe, expect, test } from 'vitest';
import {
  distributionPercent,
  formatAverage,
  ratingLabel,
  reviewCountLabel,
} from '@/features/reviews/format';
import { testRating } from '@/features/reviews/test-review';

describe('rating format', () => {
  test('an average reads to one decimal', () => {
    expect(formatAverage(4.33)).toBe('4.3');
    expect(formatAverage(4.25)).toBe('4.3');
    expect(formatAverage(5)).toBe('5.0');
    expect(ratingLabel(4.33)).toBe('Rated 4.3 out of 5');
  });

  test('counts say review or reviews', () => {
    expect(reviewCountLabel(1)).toBe('1 review');
    expect(reviewCountLabel(0)).toBe('0 reviews');
  });

  test('each star’s share of the reviews is a whole percentage, 0 without reviews', () => {
    expect(distributionPercent(testRating(), 5)).toBe(67);
    expect(distributionPercent(testRating(), 1)).toBe(0);
    expect(distributionPercent(testRating({ count: 0 }), 5)).toBe(0);
  });
});

import { describe, expect, test } from 'vitest';
import { reviewFormValues, toReviewInput } from '@/features/reviews/form';
import { testReview } from '@/features/reviews/test-review';

describe('review form values', () => {
  test('start empty for a new review and from the review when editing', () => {
    expect(reviewFormValues(null)).toEqual({ rating: '', title: '', body: '' });
    expect(reviewFormValues(testReview())).toEqual({
      rating: '4',
      title: 'Sturdy and bright',
      body: 'Lights the whole desk.',
    });
  });

  test('become a body with the rating as a number and the texts trimmed', () => {
    expect(toReviewInput({ rating: '3', title: '  Fine ', body: '\n<b>ok</b>  ' })).toEqual({
      rating: 3,
      title: 'Fine',
      body: '<b>ok</b>',
    });
  });
});

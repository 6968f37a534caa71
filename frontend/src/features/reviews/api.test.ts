import MockAdapter from 'axios-mock-adapter';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  createReview,
  deleteReview,
  getMyReview,
  getRating,
  getRatingOnServer,
  listReviews,
  markReviewHelpful,
  updateReview,
} from '@/features/reviews/api';
import { pageOfReviews, testRating, testReview } from '@/features/reviews/test-review';
import { apiClient } from '@/lib/api-client';
import { toApiError } from '@/lib/api-error';
import { MALFORMED_RESPONSE_STATUS } from '@/lib/api-schema';
import { tokenStorage } from '@/lib/token-storage';

let mock: MockAdapter;

beforeEach(() => {
  mock = new MockAdapter(apiClient);
  tokenStorage.setAccessToken({ access_token: 'CUSTOMER' });
});

afterEach(() => {
  mock.restore();
});

describe('reviews api', () => {
  test('lists a page of a product’s reviews in the order asked for', async () => {
    mock.onGet('/products/3/reviews').reply(200, pageOfReviews([testReview()], 2, 3));
    const page = await listReviews(3, 'helpful', 2);
    expect(mock.history.get[0]?.params).toEqual({ sort: 'helpful', page: 2, size: 5 });
    expect(page.items[0]).toEqual(testReview());
    expect(page.pages).toBe(3);
  });

  test('reads the rating, its average null without reviews', async () => {
    const none = testRating({
      average: null,
      count: 0,
      distribution: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 },
    });
    mock.onGet('/products/3/rating').reply(200, none);
    expect(await getRating(3)).toEqual(none);
  });

  test('refuses a review of the wrong shape', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    mock.onGet('/products/3/reviews').reply(200, pageOfReviews([testReview({ rating: 6 })]));
    await expect(listReviews(3, 'newest', 1)).rejects.toMatchObject({
      status: MALFORMED_RESPONSE_STATUS,
    });
  });

  test('reads whether the customer may review and their own review', async () => {
    const mine = {
      can_review: false,
      reason: 'You have already reviewed this product.',
      review: testReview(),
    };
    mock.onGet('/products/3/reviews/mine').reply(200, mine);
    expect(await getMyReview(3)).toEqual(mine);
  });

  test('writes, edits and deletes a review at its paths', async () => {
    const input = { rating: 5, title: 'Great', body: 'Really.' };
    mock.onPost('/products/3/reviews').reply(201, testReview({ rating: 5 }));
    mock.onPut('/reviews/11').reply(200, testReview({ rating: 2 }));
    mock.onDelete('/reviews/11').reply(204);
    expect((await createReview(3, input)).rating).toBe(5);
    expect(JSON.parse(String(mock.history.post[0]?.data))).toEqual(input);
    expect((await updateReview(11, { rating: 2 })).rating).toBe(2);
    expect(JSON.parse(String(mock.history.put[0]?.data))).toEqual({ rating: 2 });
    await deleteReview(11);
    expect(mock.history.delete).toHaveLength(1);
  });

  test('a helpful vote answers the review with its new count; one’s own is a 403', async () => {
    mock.onPost('/reviews/11/helpful').reply(200, testReview({ helpful_count: 3 }));
    mock
      .onPost('/reviews/12/helpful')
      .reply(403, { detail: 'You cannot vote on your own review.' });
    expect((await markReviewHelpful(11)).helpful_count).toBe(3);
    const refusal = await markReviewHelpful(12).catch(toApiError);
    expect(refusal).toMatchObject({ status: 403 });
  });

  test('the server reads the rating straight from the API', async () => {
    vi.stubEnv('API_URL', 'http://api.test');
    const fetchMock = vi
      .spyOn(globalThis, 'fetch')
      .mockResolvedValue(new Response(JSON.stringify(testRating()), { status: 200 }));
    expect(await getRatingOnServer(3)).toEqual(testRating());
    expect(fetchMock.mock.calls[0]?.[0]).toBe('http://api.test/api/products/3/rating');
  });
});

import MockAdapter from 'axios-mock-adapter';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { listAdminReviews, setReviewHidden } from '@/features/admin-reviews/api';
import { reviewListQuery } from '@/features/admin-reviews/list-query';
import { testAdminReview } from '@/features/admin-reviews/test-admin-review';
import { apiClient } from '@/lib/api-client';
import { tokenStorage } from '@/lib/token-storage';

let mock: MockAdapter;

beforeEach(() => {
  mock = new MockAdapter(apiClient);
  tokenStorage.setAccessToken({ access_token: 'ADMIN' });
});

afterEach(() => {
  mock.restore();
});

describe('admin reviews api', () => {
  test('lists a page of reviews filtered by status and search', async () => {
    mock
      .onGet('/admin/reviews')
      .reply(200, { items: [testAdminReview()], total: 1, page: 2, size: 20, pages: 2 });
    const page = await listAdminReviews({ status: 'hidden', search: 'lamp', page: 2 });
    expect(mock.history.get[0]?.params).toEqual({
      status: 'hidden',
      search: 'lamp',
      page: 2,
      size: 20,
    });
    expect(page.items[0]).toEqual(testAdminReview());
  });

  test('hides or shows a review with is_hidden', async () => {
    mock.onPut('/admin/reviews/11').reply(200, testAdminReview({ is_hidden: true }));
    expect((await setReviewHidden(11, true)).is_hidden).toBe(true);
    expect(JSON.parse(String(mock.history.put[0]?.data))).toEqual({ is_hidden: true });
  });
});

describe('review list URL', () => {
  test('keeps a known status and drops an unknown one', () => {
    expect(reviewListQuery.parse({ status: 'visible', page: '2' })).toEqual({
      status: 'visible',
      search: undefined,
      page: 2,
    });
    expect(reviewListQuery.parse({ status: 'deleted' }).status).toBeUndefined();
    expect(reviewListQuery.serialize({ status: 'hidden', page: 1 })).toBe('?status=hidden');
  });
});

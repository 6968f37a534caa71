import MockAdapter from 'axios-mock-adapter';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  createDiscountCode,
  deleteDiscountCode,
  listDiscountCodes,
  updateDiscountCode,
} from '@/features/admin-discounts/api';
import { wireDiscountCode } from '@/features/admin-discounts/test-discount-code';
import type { DiscountCodeInput } from '@/features/admin-discounts/types';
import { apiClient } from '@/lib/api-client';
import { errorMessage } from '@/lib/api-error';
import { tokenStorage } from '@/lib/token-storage';

const input: DiscountCodeInput = {
  code: 'FIVER',
  kind: 'fixed',
  value: 5,
  min_subtotal: null,
  starts_at: null,
  ends_at: null,
  usage_limit: null,
  once_per_customer: false,
  is_active: true,
};

let mock: MockAdapter;

beforeEach(() => {
  mock = new MockAdapter(apiClient);
  tokenStorage.setAccessToken({ access_token: 'ADMIN' });
});

afterEach(() => {
  mock.restore();
});

describe('admin discount codes api', () => {
  test('lists a page of codes matching the search, money in cents', async () => {
    mock
      .onGet('/admin/discount-codes')
      .reply(200, { items: [wireDiscountCode()], total: 1, page: 2, size: 20, pages: 2 });
    const page = await listDiscountCodes({ search: 'save', page: 2 });
    expect(mock.history.get[0]?.params).toEqual({ search: 'save', page: 2, size: 20 });
    expect(page.items[0]).toEqual({
      id: 4,
      code: 'SAVE10',
      value: { kind: 'percentage', percent: 10 },
      min_subtotal_cents: 2000,
      starts_at: null,
      ends_at: '2026-12-31T23:00:00Z',
      usage_limit: 100,
      once_per_customer: true,
      is_active: true,
      times_used: 3,
      discount_total_cents: 1234,
      created_at: '2026-12-01T10:00:00Z',
      updated_at: '2026-12-01T10:00:00Z',
    });
  });

  test('creates a code from its input and reads a fixed amount in cents', async () => {
    mock
      .onPost('/admin/discount-codes')
      .reply(201, wireDiscountCode({ code: 'FIVER', kind: 'fixed', value: 5 }));
    const created = await createDiscountCode(input);
    expect(JSON.parse(String(mock.history.post[0]?.data))).toEqual(input);
    expect(created.value).toEqual({ kind: 'fixed', amount_cents: 500 });
  });

  test('a code that exists is refused with the API message', async () => {
    mock
      .onPost('/admin/discount-codes')
      .reply(409, { detail: 'A discount code FIVER already exists' });
    const error = await createDiscountCode(input).catch((caught: unknown) => caught);
    expect(errorMessage(error)).toBe('A discount code FIVER already exists');
  });

  test('updates and deletes by id', async () => {
    mock.onPut('/admin/discount-codes/4').reply(200, wireDiscountCode({ is_active: false }));
    mock.onDelete('/admin/discount-codes/4').reply(204);
    expect((await updateDiscountCode(4, { ...input, is_active: false })).is_active).toBe(false);
    await deleteDiscountCode(4);
    expect(mock.history.delete).toHaveLength(1);
  });
});

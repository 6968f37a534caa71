import MockAdapter from 'axios-mock-adapter';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { listEmails, retryEmail } from '@/features/admin-emails/api';
import type { AdminEmail } from '@/features/admin-emails/types';
import { apiClient } from '@/lib/api-client';
import { errorMessage, toApiError } from '@/lib/api-error';
import { MALFORMED_RESPONSE_STATUS } from '@/lib/api-schema';
import { tokenStorage } from '@/lib/token-storage';

const failed: AdminEmail = {
  id: 12,
  kind: 'order_confirmation',
  to_address: 'ada@example.com',
  subject: 'Your order HG-1001',
  status: 'failed',
  attempts: 5,
  last_error: '550 mailbox unavailable',
  created_at: '2026-12-07T00:00:00Z',
  next_attempt_at: null,
  sent_at: null,
};

let mock: MockAdapter;

beforeEach(() => {
  mock = new MockAdapter(apiClient);
  tokenStorage.setAccessToken({ access_token: 'ADMIN' });
});

afterEach(() => {
  mock.restore();
});

describe('admin emails api', () => {
  test('lists one status a page at a time, with the admin token', async () => {
    mock
      .onGet('/admin/emails')
      .reply((config) => [
        config.headers?.Authorization === 'Bearer ADMIN' ? 200 : 401,
        { items: [failed], total: 1, page: 2, size: 20, pages: 2, seen: config.params },
      ]);
    const page = await listEmails({ status: 'failed', page: 2 });
    expect(page.items).toEqual([failed]);
    expect(mock.history.get[0]?.params).toEqual({ status: 'failed', page: 2, size: 20 });
  });

  test('a list whose emails have an unknown status is refused as an unreadable answer', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    mock.onGet('/admin/emails').reply(200, {
      items: [{ ...failed, status: 'bounced' }],
      total: 1,
      page: 1,
      size: 20,
      pages: 1,
    });
    const error = await listEmails({ status: 'failed', page: 1 }).catch(
      (caught: unknown) => caught,
    );
    expect(toApiError(error).status).toBe(MALFORMED_RESPONSE_STATUS);
  });

  test('retry posts to the email and returns it pending', async () => {
    mock
      .onPost('/admin/emails/12/retry')
      .reply(200, { ...failed, status: 'pending', next_attempt_at: '2026-12-07T00:01:00Z' });
    expect((await retryEmail(12)).status).toBe('pending');
  });

  test('retrying a sent email is refused with the API message', async () => {
    mock.onPost('/admin/emails/13/retry').reply(409, { detail: 'Email already sent' });
    const error = await retryEmail(13).catch((caught: unknown) => caught);
    expect(errorMessage(error)).toBe('Email already sent');
  });
});

import MockAdapter from 'axios-mock-adapter';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { z } from '@/lib/zod';
import { ADMIN_PAGE_SIZE, getAdminPage } from '@/lib/admin-page';
import { apiClient } from '@/lib/api-client';
import { toApiError } from '@/lib/api-error';
import { MALFORMED_RESPONSE_STATUS, pageSchema } from '@/lib/api-schema';

const thingPageSchema = pageSchema(z.object({ id: z.number() }));

let mock: MockAdapter;

beforeEach(() => {
  mock = new MockAdapter(apiClient);
});

afterEach(() => {
  mock.restore();
});

describe('getAdminPage', () => {
  test('asks for one page of the admin page size, leaving out unset filters', async () => {
    let seen: unknown = null;
    mock.onGet('/admin/things').reply((config) => {
      seen = config.params;
      return [200, { items: [{ id: 4 }], total: 21, page: 2, size: 20, pages: 2 }];
    });
    const page = await getAdminPage(thingPageSchema, '/admin/things', {
      search: undefined,
      status: 'open',
      page: 2,
    });
    expect(page.items).toEqual([{ id: 4 }]);
    expect(seen).toEqual({ search: undefined, status: 'open', page: 2, size: ADMIN_PAGE_SIZE });
    expect(mock.history.get[0]?.url).toBe('/admin/things');
  });

  test('refuses an answer that is not a page of such items', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    mock.onGet('/admin/things').reply(200, { items: [{ id: 'four' }] });
    const error = await getAdminPage(thingPageSchema, '/admin/things', { page: 1 }).catch(
      (caught: unknown) => caught,
    );
    expect(toApiError(error).status).toBe(MALFORMED_RESPONSE_STATUS);
  });
});

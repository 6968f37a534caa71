import MockAdapter from 'axios-mock-adapter';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { apiClient, onSessionExpired } from '@/lib/api-client';
import { tokenStorage } from '@/lib/token-storage';

let mock: MockAdapter;

beforeEach(() => {
  mock = new MockAdapter(apiClient);
});

afterEach(() => {
  mock.restore();
});

function bearer(config: { headers?: unknown }): string | undefined {
  const headers = config.headers as Record<string, unknown> | undefined;
  const value = headers?.Authorization;
  return typeof value === 'string' ? value : undefined;
}

describe('apiClient', () => {
  test('attaches the access token', async () => {
    tokenStorage.setAccessToken({ access_token: 'A1' });
    mock.onGet('/auth/me').reply((config) => [200, { seen: bearer(config) }]);
    const { data } = await apiClient.get<{ seen: string }>('/auth/me');
    expect(data.seen).toBe('Bearer A1');
  });

  test('two concurrent 401s share one refresh and both retry with the new token', async () => {
    tokenStorage.setAccessToken({ access_token: 'old' });
    let refreshCalls = 0;
    mock.onPost('/auth/refresh').reply(async (config) => {
      refreshCalls += 1;
      expect(config.data).toBeUndefined();
      expect(bearer(config)).toBeUndefined();
      await new Promise((resolve) => setTimeout(resolve, 20));
      return [200, { access_token: 'new', token_type: 'bearer', expires_in: 1800 }];
    });
    const answer =
      (name: string) =>
      (config: { headers?: unknown }): [number, unknown] =>
        bearer(config) === 'Bearer new' ? [200, { name }] : [401, { detail: 'Token expired' }];
    mock.onGet('/cart').reply(answer('cart'));
    mock.onGet('/orders').reply(answer('orders'));

    const [cart, orders] = await Promise.all([apiClient.get('/cart'), apiClient.get('/orders')]);

    expect(cart.data).toEqual({ name: 'cart' });
    expect(orders.data).toEqual({ name: 'orders' });
    expect(refreshCalls).toBe(1);
    expect(tokenStorage.getAccessToken()).toBe('new');
  });

  test('a 401 that arrives after another request refreshed retries without a second refresh', async () => {
    tokenStorage.setAccessToken({ access_token: 'old' });
    const refresh = vi.fn((): [number, unknown] => [200, { access_token: 'new' }]);
    mock.onPost('/auth/refresh').reply(refresh);
    mock
      .onGet('/fast')
      .reply((config) => (bearer(config) === 'Bearer new' ? [200, 'fast'] : [401, {}]));
    let releaseSlow: () => void = () => undefined;
    const slowGate = new Promise<void>((resolve) => {
      releaseSlow = resolve;
    });
    mock.onGet('/slow').reply(async (config) => {
      if (bearer(config) === 'Bearer new') return [200, 'slow'];
      await slowGate;
      return [401, {}];
    });

    const slow = apiClient.get('/slow');
    await apiClient.get('/fast');
    releaseSlow();

    expect((await slow).data).toBe('slow');
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  test('a failed refresh clears the session and reports it once per request', async () => {
    tokenStorage.setAccessToken({ access_token: 'old' });
    const expired = vi.fn();
    const unregister = onSessionExpired(expired);
    mock.onPost('/auth/refresh').reply(401, { detail: 'Invalid refresh token' });
    mock.onGet('/cart').reply(401, { detail: 'Token expired' });
    mock.onGet('/orders').reply(401, { detail: 'Token expired' });

    const results = await Promise.allSettled([apiClient.get('/cart'), apiClient.get('/orders')]);

    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    expect(mock.history.post.filter((request) => request.url === '/auth/refresh')).toHaveLength(1);
    expect(tokenStorage.getAccessToken()).toBeNull();
    expect(tokenStorage.hasSession()).toBe(false);
    expect(expired).toHaveBeenCalled();
    expect(expired.mock.calls[0]?.[0]).toMatchObject({ silent: false });
    unregister();
  });

  test('a silent request reports the expiry as silent (no redirect)', async () => {
    tokenStorage.setAccessToken({ access_token: 'old' });
    const expired = vi.fn();
    const unregister = onSessionExpired(expired);
    mock.onPost('/auth/refresh').reply(401, { detail: 'Invalid refresh token' });
    mock.onGet('/auth/me').reply(401, { detail: 'Token expired' });

    await expect(apiClient.get('/auth/me', { silentAuthFailure: true })).rejects.toMatchObject({
      response: { status: 401 },
    });
    expect(expired).toHaveBeenCalledWith(expect.objectContaining({ silent: true }));
    unregister();
  });

  test('a 401 from login is an answer, not a reason to refresh', async () => {
    const refresh = vi.fn((): [number, unknown] => [200, {}]);
    mock.onPost('/auth/refresh').reply(refresh);
    mock.onPost('/auth/login').reply(401, { detail: 'Incorrect email or password' });

    await expect(apiClient.post('/auth/login', {}, { skipAuth: true })).rejects.toMatchObject({
      response: { status: 401 },
    });
    expect(refresh).not.toHaveBeenCalled();
  });

  test('a request still refused after the refresh is not retried again', async () => {
    tokenStorage.setAccessToken({ access_token: 'old' });
    mock.onPost('/auth/refresh').reply(200, { access_token: 'new' });
    mock.onGet('/cart').reply(401, { detail: 'Nope' });
    const unregister = onSessionExpired(() => undefined);

    await expect(apiClient.get('/cart')).rejects.toMatchObject({ response: { status: 401 } });
    expect(mock.history.get).toHaveLength(2);
    unregister();
  });

  test('refreshes under a lock shared by the tabs, so two never present one cookie', async () => {
    tokenStorage.setAccessToken({ access_token: 'old' });
    mock.onPost('/auth/refresh').reply(200, { access_token: 'new' });
    mock
      .onGet('/cart')
      .reply((config) => (bearer(config) === 'Bearer new' ? [200, 'cart'] : [401, {}]));
    const order: string[] = [];
    const request = vi.fn(async (_name: string, task: () => Promise<unknown>) => {
      order.push('locked');
      const result = await task();
      order.push('released');
      return result;
    });
    vi.stubGlobal('navigator', { locks: { request } });
    try {
      expect((await apiClient.get('/cart')).data).toBe('cart');
    } finally {
      vi.unstubAllGlobals();
    }
    expect(request).toHaveBeenCalledWith('shop.auth.refresh', expect.any(Function));
    expect(order).toEqual(['locked', 'released']);
    expect(mock.history.post).toHaveLength(1);
  });

  test('after a reload the first request renews the access token before it is sent', async () => {
    window.localStorage.setItem('shop.signed_in', '1');
    mock.onPost('/auth/refresh').reply(200, { access_token: 'fresh' });
    mock.onGet('/orders').reply((config) => [200, { seen: bearer(config) }]);
    const { data } = await apiClient.get<{ seen: string }>('/orders');
    expect(data.seen).toBe('Bearer fresh');
    expect(mock.history.get).toHaveLength(1);
  });

  test('a guest sends no refresh at all', async () => {
    mock.onGet('/products').reply((config) => [200, { seen: bearer(config) ?? null }]);
    expect((await apiClient.get('/products')).data).toEqual({ seen: null });
    expect(mock.history.post).toHaveLength(0);
  });

  test('a refresh that cannot reach the shop keeps the session for the next try', async () => {
    window.localStorage.setItem('shop.signed_in', '1');
    const expired = vi.fn();
    const unregister = onSessionExpired(expired);
    mock.onPost('/auth/refresh').reply(502, { detail: 'The shop is temporarily unavailable.' });
    await expect(apiClient.get('/orders')).rejects.toMatchObject({ response: { status: 502 } });
    expect(tokenStorage.hasSession()).toBe(true);
    expect(expired).not.toHaveBeenCalled();
    unregister();
  });
});

import MockAdapter from 'axios-mock-adapter';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { useAuthStore } from '@/features/account/store';
import type { User } from '@/features/account/types';
import { apiClient } from '@/lib/api-client';
import { tokenStorage } from '@/lib/token-storage';

const user: User = {
  id: 7,
  email: 'ada@example.com',
  full_name: 'Ada Lovelace',
  role: 'customer',
  is_active: true,
  is_verified: true,
  created_at: '2026-11-25T10:00:00Z',
  updated_at: '2026-11-25T10:00:00Z',
};

let mock: MockAdapter;

beforeEach(() => {
  mock = new MockAdapter(apiClient);
  useAuthStore.setState({
    user: null,
    isAuthenticated: false,
    isLoading: false,
    initialized: false,
    signingOut: false,
  });
});

afterEach(() => {
  mock.restore();
});

describe('authStore', () => {
  test('login keeps the access token in memory only and loads the user', async () => {
    mock.onPost('/auth/login').reply(200, {
      access_token: 'A',
      token_type: 'bearer',
      expires_in: 1800,
    });
    mock
      .onGet('/auth/me')
      .reply((config) => [config.headers?.Authorization === 'Bearer A' ? 200 : 401, user]);

    const result = await useAuthStore.getState().login('ada@example.com', 'correct horse');

    expect(result).toEqual(user);
    expect(useAuthStore.getState()).toMatchObject({
      user,
      isAuthenticated: true,
      isLoading: false,
    });
    expect(tokenStorage.getAccessToken()).toBe('A');
    expect(Object.values({ ...window.localStorage })).not.toContain('A');
    expect(window.localStorage.getItem('shop.signed_in')).toBe('1');
  });

  test('a refused login leaves no session behind', async () => {
    mock.onPost('/auth/login').reply(403, { detail: 'Email not verified' });
    await expect(useAuthStore.getState().login('ada@example.com', 'pw')).rejects.toMatchObject({
      response: { status: 403 },
    });
    expect(useAuthStore.getState().isAuthenticated).toBe(false);
    expect(tokenStorage.hasSession()).toBe(false);
  });

  test('fetchUser without tokens asks nobody', async () => {
    expect(await useAuthStore.getState().fetchUser()).toBeNull();
    expect(mock.history.get).toHaveLength(0);
    expect(useAuthStore.getState().initialized).toBe(true);
  });

  test('fetchUser after a reload renews the access token with the refresh cookie', async () => {
    window.localStorage.setItem('shop.signed_in', '1');
    mock.onPost('/auth/refresh').reply(200, { access_token: 'fresh', token_type: 'bearer' });
    mock
      .onGet('/auth/me')
      .reply((config) => [config.headers?.Authorization === 'Bearer fresh' ? 200 : 401, user]);
    expect(await useAuthStore.getState().fetchUser()).toEqual(user);
    expect(mock.history.post.map((request) => request.url)).toEqual(['/auth/refresh']);
    expect(mock.history.post[0]?.data).toBeUndefined();
  });

  test('fetchUser after a reload with a dead refresh cookie signs out quietly', async () => {
    window.localStorage.setItem('shop.signed_in', '1');
    mock.onPost('/auth/refresh').reply(401, { detail: 'Not signed in' });
    expect(await useAuthStore.getState().fetchUser()).toBeNull();
    expect(mock.history.get).toHaveLength(0);
    expect(tokenStorage.hasSession()).toBe(false);
  });

  test('fetchUser with an expired session signs out quietly', async () => {
    tokenStorage.setAccessToken({ access_token: 'old' });
    mock.onGet('/auth/me').reply(401, { detail: 'expired' });
    mock.onPost('/auth/refresh').reply(401, { detail: 'revoked' });
    expect(await useAuthStore.getState().fetchUser()).toBeNull();
    expect(useAuthStore.getState()).toMatchObject({
      user: null,
      isAuthenticated: false,
      initialized: true,
    });
    expect(tokenStorage.hasSession()).toBe(false);
  });

  test('logout asks the server to revoke the refresh cookie and forgets the user', async () => {
    tokenStorage.setAccessToken({ access_token: 'A' });
    useAuthStore.setState({ user, isAuthenticated: true });
    mock.onPost('/auth/logout').reply(204);
    await useAuthStore.getState().logout();
    expect(mock.history.post.map((request) => request.url)).toEqual(['/auth/logout']);
    expect(mock.history.post[0]?.data).toBeUndefined();
    expect(useAuthStore.getState()).toMatchObject({ user: null, signingOut: true });
    expect(tokenStorage.hasSession()).toBe(false);
  });

  test('signing in again after a sign-out ends the sign-out', async () => {
    useAuthStore.setState({ signingOut: true });
    mock.onPost('/auth/login').reply(200, { access_token: 'A', token_type: 'bearer' });
    mock.onGet('/auth/me').reply(200, user);
    await useAuthStore.getState().login(user.email, 'long enough');
    expect(useAuthStore.getState()).toMatchObject({ user, signingOut: false });
  });

  test('register returns the new, unverified user without signing in', async () => {
    mock.onPost('/auth/register').reply(201, { ...user, is_verified: false });
    const created = await useAuthStore
      .getState()
      .register({ email: user.email, password: 'long enough', full_name: user.full_name });
    expect(created.is_verified).toBe(false);
    expect(useAuthStore.getState().isAuthenticated).toBe(false);
  });

  test('verifyEmail passes the token and returns the message', async () => {
    mock
      .onGet('/auth/verify-email')
      .reply((config) => [config.params?.token === 'T' ? 200 : 400, { message: 'Email verified' }]);
    expect(await useAuthStore.getState().verifyEmail('T')).toBe('Email verified');
  });

  test('changing the password signs in again, since it revokes every refresh token', async () => {
    tokenStorage.setAccessToken({ access_token: 'A' });
    useAuthStore.setState({ user, isAuthenticated: true });
    mock.onPost('/auth/change-password').reply(204);
    mock.onPost('/auth/login').reply(200, { access_token: 'A2' });
    await useAuthStore.getState().changePassword('old password', 'new password');
    expect(tokenStorage.getAccessToken()).toBe('A2');
  });
});

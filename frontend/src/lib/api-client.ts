// The one Axios instance of the browser side. It attaches the access token, and on a 401 refreshes
// it once and retries. The refresh token is an httpOnly cookie this code never sees (the web
// server swaps it for the body the API expects). Refresh tokens rotate (each use invalidates the
// old one), so every request that fails while a refresh is under way waits for that same refresh.
import axios, { AxiosHeaders, type InternalAxiosRequestConfig } from 'axios';
import { bodyOf } from '@/lib/api-schema';
import { accessTokenSchema, tokenStorage } from '@/lib/token-storage';

declare module 'axios' {
  interface AxiosRequestConfig {
    /** Do not attach the access token and do not refresh on 401 (login, refresh, logout …). */
    skipAuth?: boolean;
    /** On a failed refresh, forget the session but do not send the user to the login page. */
    silentAuthFailure?: boolean;
    /** Set on the retry after a refresh, so a request is retried at most once. */
    authRetried?: boolean;
  }
}

export const apiClient = axios.create({
  baseURL: '/api',
  headers: { Accept: 'application/json' },
  timeout: 30_000,
});

export interface SessionExpiredOptions {
  /** True when the caller asked not to be redirected (see `silentAuthFailure`). */
  silent: boolean;
  /** Why the session ended: the failed refresh or the second 401. */
  reason: unknown;
}

type SessionExpiredHandler = (options: SessionExpiredOptions) => void;

let sessionExpiredHandler: SessionExpiredHandler | null = null;
let refreshInFlight: Promise<string> | null = null;

/**
 * Registers what happens when the session cannot be renewed: the app resets its stores and sends
 * the user to /login with a return path. Returns a function that unregisters it.
 */
export function onSessionExpired(handler: SessionExpiredHandler): () => void {
  sessionExpiredHandler = handler;
  return () => {
    if (sessionExpiredHandler === handler) {
      sessionExpiredHandler = null;
    }
  };
}

/**
 * Asks for a new access token with the refresh cookie (the web server reads it and rotates it);
 * concurrent callers share one request. Resolves to the new access token; rejects when there is
 * no valid refresh cookie or the API refuses it.
 */
export function refreshSession(): Promise<string> {
  if (refreshInFlight === null) {
    // The lock keeps two tabs from presenting one refresh cookie twice, which the API would take
    // for theft: the tab that waits sends the cookie the other one's refresh has just rotated.
    refreshInFlight = acrossTabs(async () => {
      const token = await bodyOf(
        accessTokenSchema,
        apiClient.post('/auth/refresh', undefined, { skipAuth: true }),
      );
      tokenStorage.setAccessToken(token);
      return token.access_token;
    }).finally(() => {
      refreshInFlight = null;
    });
  }
  return refreshInFlight;
}

/** Runs `task` while holding a lock shared by every tab of this origin, where browsers offer one. */
async function acrossTabs<T>(task: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) {
    return task();
  }
  return await locks.request('shop.auth.refresh', task);
}

/**
 * Whether a failed refresh means the session is over (the refresh token was refused), rather than
 * that the shop could not be reached: then the cookie may still be good, and the session is kept.
 */
function isRefused(refreshError: unknown): boolean {
  return !axios.isAxiosError(refreshError) || refreshError.response?.status === 401;
}

function bearerOf(config: InternalAxiosRequestConfig): string | null {
  const value = AxiosHeaders.from(config.headers).get('Authorization');
  return typeof value === 'string' && value.startsWith('Bearer ') ? value.slice(7) : null;
}

apiClient.interceptors.request.use(async (config) => {
  if (config.skipAuth) {
    return config;
  }
  let token = tokenStorage.getAccessToken();
  if (token === null && tokenStorage.hasSession()) {
    // A reload: the access token was in memory only, the refresh cookie is still there.
    try {
      token = await refreshSession();
    } catch (refreshError: unknown) {
      if (isRefused(refreshError)) expireSession(config, refreshError);
      throw refreshError;
    }
  }
  if (token !== null) {
    config.headers.set('Authorization', `Bearer ${token}`);
  }
  return config;
});

apiClient.interceptors.response.use(undefined, async (error: unknown) => {
  if (!axios.isAxiosError(error) || error.response?.status !== 401 || !error.config) {
    throw error;
  }
  const config = error.config;
  if (config.skipAuth) {
    throw error;
  }
  if (config.authRetried) {
    expireSession(config, error);
    throw error;
  }

  // Another request may already have refreshed while this one was on the wire: then the stored
  // token differs from the one this request carried, and a retry needs no new refresh.
  const sentToken = bearerOf(config);
  const currentToken = tokenStorage.getAccessToken();
  let token: string;
  if (currentToken !== null && sentToken !== null && currentToken !== sentToken) {
    token = currentToken;
  } else {
    try {
      token = await refreshSession();
    } catch (refreshError: unknown) {
      if (!isRefused(refreshError)) throw refreshError;
      expireSession(config, refreshError);
      throw error;
    }
  }
  config.authRetried = true;
  config.headers.set('Authorization', `Bearer ${token}`);
  return apiClient.request(config);
});

function expireSession(config: InternalAxiosRequestConfig, reason: unknown): void {
  tokenStorage.clear();
  sessionExpiredHandler?.({ silent: config.silentAuthFailure === true, reason });
}

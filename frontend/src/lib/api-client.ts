// The one Axios instance of the browser side. It attaches the access token, and on a 401 refreshes
// the token pair once and retries. Refresh tokens rotate (each use invalidates the old one), so
// every request that fails while a refresh is under way waits for that same refresh.
import axios, { AxiosHeaders, type InternalAxiosRequestConfig } from 'axios';
import { tokenStorage, type TokenPair } from '@/lib/token-storage';

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
 * Exchanges the stored refresh token for a new pair; concurrent callers share one request.
 * Resolves to the new access token; rejects when there is no refresh token or the API refuses it.
 */
export function refreshSession(): Promise<string> {
  if (refreshInFlight === null) {
    const seenRefreshToken = tokenStorage.getRefreshToken();
    refreshInFlight = acrossTabs(async () => {
      // Another tab may have rotated the pair while this one waited for the lock: presenting the
      // old refresh token again would look like theft and revoke the session, so use theirs.
      const refreshToken = tokenStorage.getRefreshToken();
      const accessToken = tokenStorage.getAccessToken();
      if (refreshToken !== null && refreshToken !== seenRefreshToken && accessToken !== null) {
        return accessToken;
      }
      if (refreshToken === null) {
        throw new Error('No refresh token');
      }
      const { data } = await apiClient.post<TokenPair>(
        '/auth/refresh',
        { refresh_token: refreshToken },
        { skipAuth: true },
      );
      tokenStorage.setTokens(data);
      return data.access_token;
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

function bearerOf(config: InternalAxiosRequestConfig): string | null {
  const value = AxiosHeaders.from(config.headers).get('Authorization');
  return typeof value === 'string' && value.startsWith('Bearer ') ? value.slice(7) : null;
}

apiClient.interceptors.request.use((config) => {
  if (!config.skipAuth) {
    const token = tokenStorage.getAccessToken();
    if (token !== null) {
      config.headers.set('Authorization', `Bearer ${token}`);
    }
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

// Access and refresh tokens, kept in localStorage as ARCHITECTURE.md prescribes. Every read goes
// through here so the server (no window) simply sees "no tokens".

export interface TokenPair {
  access_token: string;
  refresh_token: string;
  token_type?: string;
  expires_in?: number;
}

const ACCESS_KEY = 'shop.access_token';
const REFRESH_KEY = 'shop.refresh_token';

function storage(): Storage | null {
  return typeof window === 'undefined' ? null : window.localStorage;
}

export const tokenStorage = {
  getAccessToken(): string | null {
    return storage()?.getItem(ACCESS_KEY) ?? null;
  },
  getRefreshToken(): string | null {
    return storage()?.getItem(REFRESH_KEY) ?? null;
  },
  hasSession(): boolean {
    return this.getAccessToken() !== null || this.getRefreshToken() !== null;
  },
  setTokens(tokens: TokenPair): void {
    const store = storage();
    store?.setItem(ACCESS_KEY, tokens.access_token);
    store?.setItem(REFRESH_KEY, tokens.refresh_token);
  },
  clear(): void {
    const store = storage();
    store?.removeItem(ACCESS_KEY);
    store?.removeItem(REFRESH_KEY);
  },
};

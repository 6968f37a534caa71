// Where the browser keeps its session. The access token lives in this module's memory only, so a
// script injected into the page finds nothing in storage to carry away; the refresh token never
// reaches JavaScript at all: the web server keeps it in an httpOnly cookie (lib/auth-proxy.ts).
// localStorage holds one flag, "this browser has signed in", so a reload knows it is worth asking
// for a new access token and guests never send a refresh that can only fail.
import { z } from '@/lib/zod';

/** The body of a sign-in or refresh, as the browser receives it (no refresh token). */
export const accessTokenSchema = z.object({
  access_token: z.string(),
  token_type: z.string().optional(),
  expires_in: z.number().optional(),
});
export type AccessToken = z.output<typeof accessTokenSchema>;

const SIGNED_IN_KEY = 'shop.signed_in';

let accessToken: string | null = null;

function storage(): Storage | null {
  return typeof window === 'undefined' ? null : window.localStorage;
}

export const tokenStorage = {
  getAccessToken(): string | null {
    return accessToken;
  },
  /** True when there is an access token, or a refresh cookie from an earlier page may be. */
  hasSession(): boolean {
    return accessToken !== null || storage()?.getItem(SIGNED_IN_KEY) === '1';
  },
  setAccessToken(token: AccessToken): void {
    accessToken = token.access_token;
    storage()?.setItem(SIGNED_IN_KEY, '1');
  },
  clear(): void {
    accessToken = null;
    storage()?.removeItem(SIGNED_IN_KEY);
  },
};

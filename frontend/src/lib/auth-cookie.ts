// The refresh token's cookie: httpOnly (no script reads it), SameSite=Strict (no other site's
// page makes the browser send it), Secure, and sent only to /api/auth, where the web server turns
// it into the `refresh_token` body of /refresh and /logout (lib/auth-proxy.ts).
import { configuredSiteUrl } from '@/lib/env';
import { isHttps } from '@/lib/security-headers';

export const REFRESH_COOKIE = 'shop_refresh';
export const REFRESH_COOKIE_PATH = '/api/auth';

/** The value of cookie `name` in a Cookie header, or null. */
export function readCookie(header: string | null, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const split = part.indexOf('=');
    if (split > 0 && part.slice(0, split).trim() === name) {
      const value = part.slice(split + 1).trim();
      return value === '' ? null : value;
    }
  }
  return null;
}

/** The Cookie header without cookie `name`, or null when nothing else is left. */
export function withoutCookie(header: string | null, name: string): string | null {
  const rest = (header ?? '')
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '' && part.split('=')[0]?.trim() !== name);
  return rest.length === 0 ? null : rest.join('; ');
}

/** Seconds until the JWT's `exp`, or null when it has none this code can read. */
export function secondsToExpiry(token: string, nowMs: number): number | null {
  const payload = token.split('.')[1];
  if (payload === undefined) return null;
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    if (typeof claims === 'object' && claims !== null && 'exp' in claims) {
      const exp = claims.exp;
      if (typeof exp === 'number' && Number.isFinite(exp)) {
        return Math.max(0, Math.floor(exp - nowMs / 1000));
      }
    }
  } catch (error: unknown) {
    if (!(error instanceof SyntaxError)) throw error;
  }
  return null;
}

const LOOPBACK_HOST = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/**
 * Whether the cookie may be Secure: over https, and on http://localhost or http://127.0.0.1,
 * which browsers treat as secure origins and keep Secure cookies for. A browser drops a Secure
 * cookie set over plain http to any other host (`make run` opened from another machine of the
 * LAN): there the flag is left off, as it would protect nothing on that connection anyway.
 */
export function secureCookieAllowed(request: Request): boolean {
  const url = new URL(request.url);
  const host = request.headers.get('host') ?? url.host;
  const hostname = host.replace(/:\d+$/, '');
  return (
    isHttps(configuredSiteUrl(), url, request.headers.get('x-forwarded-proto')) ||
    LOOPBACK_HOST.test(hostname)
  );
}

function attributes(maxAge: number | null, secure: boolean): string {
  const parts = [`Path=${REFRESH_COOKIE_PATH}`, 'HttpOnly', ...(secure ? ['Secure'] : [])];
  parts.push('SameSite=Strict');
  if (maxAge !== null) parts.push(`Max-Age=${maxAge}`);
  return parts.join('; ');
}

/** Set-Cookie for a refresh token; it lives as long as the token (a browser session if unknown). */
export function refreshCookie(token: string, secure: boolean, nowMs: number = Date.now()): string {
  return `${REFRESH_COOKIE}=${token}; ${attributes(secondsToExpiry(token, nowMs), secure)}`;
}

/** Set-Cookie that removes the refresh cookie. */
export function clearedRefreshCookie(secure: boolean): string {
  return `${REFRESH_COOKIE}=; ${attributes(0, secure)}`;
}

// The refresh token's cookie: httpOnly (no script reads it), SameSite=Strict (no other site's
// page makes the browser send it), Secure, and sent only to /api/auth, where the web server turns
// it into the `refresh_token` body of /refresh and /logout (lib/auth-proxy.ts).

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

function attributes(maxAge: number | null): string {
  const parts = [`Path=${REFRESH_COOKIE_PATH}`, 'HttpOnly', 'Secure', 'SameSite=Strict'];
  if (maxAge !== null) parts.push(`Max-Age=${maxAge}`);
  return parts.join('; ');
}

/** Set-Cookie for a refresh token; it lives as long as the token (a browser session if unknown). */
export function refreshCookie(token: string, nowMs: number = Date.now()): string {
  return `${REFRESH_COOKIE}=${token}; ${attributes(secondsToExpiry(token, nowMs))}`;
}

/** Set-Cookie that removes the refresh cookie. */
export function clearedRefreshCookie(): string {
  return `${REFRESH_COOKIE}=; ${attributes(0)}`;
}

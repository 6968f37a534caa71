import { describe, expect, test } from 'vitest';
import {
  clearedRefreshCookie,
  readCookie,
  refreshCookie,
  secondsToExpiry,
  withoutCookie,
} from '@/lib/auth-cookie';

function jwt(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}.signature`;
}

describe('refresh cookie', () => {
  test('is httpOnly, Secure, SameSite=Strict, for /api/auth only, and lives as long as the token', () => {
    const now = 1_800_000_000_000;
    const cookie = refreshCookie(jwt({ exp: now / 1000 + 3600 }), now);
    expect(cookie.split('; ')).toEqual([
      expect.stringMatching(/^shop_refresh=eyJ/),
      'Path=/api/auth',
      'HttpOnly',
      'Secure',
      'SameSite=Strict',
      'Max-Age=3600',
    ]);
  });

  test('a token without a readable exp makes a session cookie', () => {
    expect(refreshCookie('opaque')).not.toContain('Max-Age');
    expect(refreshCookie('a.%%%.c')).not.toContain('Max-Age');
    expect(refreshCookie(jwt({ exp: 'soon' }))).not.toContain('Max-Age');
    expect(secondsToExpiry(jwt({ exp: 10 }), 20_000)).toBe(0);
  });

  test('clearing sets it empty and expired on the same path', () => {
    expect(clearedRefreshCookie()).toBe(
      'shop_refresh=; Path=/api/auth; HttpOnly; Secure; SameSite=Strict; Max-Age=0',
    );
  });
});

describe('Cookie header', () => {
  test('reads one cookie among others', () => {
    expect(readCookie('a=1; shop_refresh=R.T.S; b=2', 'shop_refresh')).toBe('R.T.S');
    expect(readCookie('shop_refreshx=1', 'shop_refresh')).toBeNull();
    expect(readCookie('shop_refresh=', 'shop_refresh')).toBeNull();
    expect(readCookie(null, 'shop_refresh')).toBeNull();
  });

  test('drops one cookie and keeps the others', () => {
    expect(withoutCookie('a=1; shop_refresh=R; b=2', 'shop_refresh')).toBe('a=1; b=2');
    expect(withoutCookie('shop_refresh=R', 'shop_refresh')).toBeNull();
    expect(withoutCookie(null, 'shop_refresh')).toBeNull();
  });
});

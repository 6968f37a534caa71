import { describe, expect, test, vi } from 'vitest';
import {
  clearedRefreshCookie,
  readCookie,
  refreshCookie,
  secondsToExpiry,
  secureCookieAllowed,
  withoutCookie,
} from '@/lib/auth-cookie';

function jwt(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}.signature`;
}

describe('refresh cookie', () => {
  test('is httpOnly, Secure, SameSite=Strict, for /api/auth only, and lives as long as the token', () => {
    const now = 1_800_000_000_000;
    const cookie = refreshCookie(jwt({ exp: now / 1000 + 3600 }), true, now);
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
    expect(refreshCookie('opaque', true)).not.toContain('Max-Age');
    expect(refreshCookie('a.%%%.c', true)).not.toContain('Max-Age');
    expect(refreshCookie(jwt({ exp: 'soon' }), true)).not.toContain('Max-Age');
    expect(secondsToExpiry(jwt({ exp: 10 }), 20_000)).toBe(0);
  });

  test('clearing sets it empty and expired on the same path', () => {
    expect(clearedRefreshCookie(true)).toBe(
      'shop_refresh=; Path=/api/auth; HttpOnly; Secure; SameSite=Strict; Max-Age=0',
    );
  });

  test('Secure over https and on loopback, where browsers keep it; not on plain http elsewhere', () => {
    vi.stubEnv('SITE_URL', '');
    const at = (url: string, headers: Record<string, string> = {}) =>
      secureCookieAllowed(new Request(url, { headers }));
    expect(at('http://127.0.0.1:3000/api/auth/login')).toBe(true);
    expect(at('http://localhost:3000/api/auth/login')).toBe(true);
    expect(at('http://[::1]:3000/api/auth/login')).toBe(true);
    expect(at('https://shop.example/api/auth/login')).toBe(true);
    expect(at('http://10.0.0.5:3000/api/auth/login', { 'x-forwarded-proto': 'https' })).toBe(true);
    expect(at('http://192.168.1.20:3000/api/auth/login')).toBe(false);
    expect(refreshCookie('t', false)).toBe(
      'shop_refresh=t; Path=/api/auth; HttpOnly; SameSite=Strict',
    );
    vi.stubEnv('SITE_URL', 'https://shop.example');
    expect(at('http://192.168.1.20:3000/api/auth/login')).toBe(true);
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

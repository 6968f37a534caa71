import { describe, expect, test } from 'vitest';
import { contentSecurityPolicy, isHttps, newNonce, securityHeaders } from '@/lib/security-headers';

const production = { nonce: 'bm9uY2U=', dev: false, https: false };

describe('security headers', () => {
  test('scripts run only with the nonce: no unsafe-inline, no unsafe-eval', () => {
    const directives = contentSecurityPolicy(production).split('; ');
    const scripts = directives.find((directive) => directive.startsWith('script-src '));
    expect(scripts).toBe("script-src 'self' 'nonce-bm9uY2U=' 'strict-dynamic'");
    expect(directives).toContain("object-src 'none'");
    expect(directives).toContain("frame-ancestors 'none'");
    expect(directives).toContain("base-uri 'self'");
    expect(directives).not.toContain('upgrade-insecure-requests');
  });

  test('HSTS and upgrade-insecure-requests only over https', () => {
    expect(securityHeaders(production)).not.toHaveProperty('Strict-Transport-Security');
    const https = securityHeaders({ ...production, https: true });
    expect(https['Strict-Transport-Security']).toBe('max-age=31536000; includeSubDomains');
    expect(https['Content-Security-Policy']).toContain('upgrade-insecure-requests');
  });

  test('the usual others', () => {
    expect(securityHeaders(production)).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'X-Frame-Options': 'DENY',
      'Permissions-Policy': expect.stringContaining('camera=()'),
    });
  });

  test('next dev gets eval and its websocket, production never', () => {
    const dev = contentSecurityPolicy({ ...production, dev: true });
    expect(dev).toContain("'unsafe-eval'");
    expect(dev).toContain("connect-src 'self' ws:");
  });

  test('https: the public URL decides when set, else the request', () => {
    const http = new URL('http://127.0.0.1:3000/');
    expect(isHttps('https://shop.example', http, null)).toBe(true);
    expect(isHttps('http://127.0.0.1:3000', http, 'https')).toBe(false);
    expect(isHttps(null, http, 'https, http')).toBe(true);
    expect(isHttps(null, http, null)).toBe(false);
    expect(isHttps(null, new URL('https://shop.example/'), null)).toBe(true);
  });

  test('a nonce is fresh each time and 128 bits of base64', () => {
    const first = newNonce();
    expect(first).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(newNonce()).not.toBe(first);
  });
});

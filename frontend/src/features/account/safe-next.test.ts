import { describe, expect, test } from 'vitest';
import { safeNextPath } from '@/features/account/safe-next';

describe('safeNextPath', () => {
  test.each([
    '/orders',
    '/orders/12?tab=items#top',
    '/products?search=red%20mug&page=2',
    '/%09/evil.example',
    '/%2F/evil.example',
    '/%5Cevil.example',
  ])('keeps the path on this site: %s', (next) => {
    expect(safeNextPath(next)).toBe(next);
  });

  test.each([
    ['//evil.example', 'protocol-relative'],
    ['///evil.example', 'three slashes'],
    ['/\\evil.example', 'backslash'],
    ['/\\/evil.example', 'backslash then slash'],
    ['\\\\evil.example', 'two backslashes'],
    ['/\t/evil.example', 'tab (what ?next=/%09/evil.example decodes to)'],
    ['/\n/evil.example', 'newline'],
    ['/\r/evil.example', 'carriage return'],
    ['/\u0000/evil.example', 'NUL'],
    ['/./\t/evil.example', 'dot segment then tab'],
    ['/.//evil.example', 'dot segment that resolves to //'],
    ['https://evil.example', 'absolute URL'],
    ['HTTPS://evil.example/', 'absolute URL, upper case'],
    ['javascript:alert(1)', 'javascript URL'],
    [' javascript:alert(1)', 'javascript URL after a space'],
    ['%2F%2Fevil.example', 'encoded slashes, not a path'],
    ['data:text/html,<script>alert(1)</script>', 'data URL'],
    ['evil.example', 'no leading slash'],
    ['', 'empty'],
    ['/login', 'the sign-in page itself'],
    ['/login?next=%2Forders', 'the sign-in page with its own next'],
  ])('falls back for %j (%s)', (next) => {
    expect(safeNextPath(next)).toBe('/');
  });

  test('undefined and arrays: the first value counts', () => {
    expect(safeNextPath(undefined)).toBe('/');
    expect(safeNextPath(['/cart', '//evil.example'])).toBe('/cart');
    expect(safeNextPath(['//evil.example', '/cart'])).toBe('/');
  });

  test('a chosen fallback', () => {
    expect(safeNextPath('//evil.example', '/account')).toBe('/account');
  });

  test('a path the browser would resolve elsewhere is handed over normalised', () => {
    expect(safeNextPath('/orders/../cart')).toBe('/cart');
  });
});

// Where to go after sign-in (`?next=`): only a path on this site. A browser reading a URL drops
// tabs and newlines and takes `\` for `/`, so `/\t/evil.example` or `/\evil.example` would be
// `//evil.example`, another site: anything with such characters, or that resolves to another
// origin, falls back.
import { firstValue } from '@/lib/search-param';

const BASE = 'https://shop.invalid';

/** The return path from `?next=`, if it is a path on this site (never another origin). */
export function safeNextPath(next: string | string[] | undefined, fallback = '/'): string {
  const value = firstValue(next);
  // eslint-disable-next-line no-control-regex
  if (!value || !value.startsWith('/') || /[\u0000-\u001f\u007f\\]/.test(value)) {
    return fallback;
  }
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch (error: unknown) {
    if (error instanceof TypeError) return fallback;
    throw error;
  }
  if (url.origin !== BASE || url.pathname.startsWith('//')) {
    return fallback;
  }
  const path = `${url.pathname}${url.search}${url.hash}`;
  return url.pathname === '/login' || url.pathname.startsWith('/login/') ? fallback : path;
}

// Every page and asset gets the security headers of lib/security-headers.ts, with a fresh script
// nonce: it travels to the renderer in the request's Content-Security-Policy header (Next reads
// the nonce from there for its own scripts) and in x-nonce (for the pages' JSON-LD).
import { NextResponse, type NextRequest } from 'next/server';
import { configuredSiteUrl } from '@/lib/env';
import { isHttps, newNonce, securityHeaders } from '@/lib/security-headers';

export function middleware(request: NextRequest): NextResponse {
  const nonce = newNonce();
  const headers = securityHeaders({
    nonce,
    dev: process.env.NODE_ENV === 'development',
    https: isHttps(configuredSiteUrl(), request.nextUrl, request.headers.get('x-forwarded-proto')),
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('content-security-policy', headers['Content-Security-Policy'] ?? '');
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) {
    response.headers.set(name, value);
  }
  return response;
}

// /api and /uploads are the API's answers, with the API's own headers (lib/proxy.ts fills in any
// it left out); a page's policy on top would only duplicate them.
export const config = { matcher: ['/((?!api/|uploads/).*)'] };

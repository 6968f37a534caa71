// Forwards a browser request to the API, so the browser talks to one origin and needs no CORS.
// The target is read from API_URL on every request. Method, headers (Authorization,
// Idempotency-Key, Content-Type …), body, status and response headers pass through, except the
// client address (X-Forwarded-For is built from the real peer, lib/forwarded-for.ts) and the
// refresh cookie, which only lib/auth-proxy.ts reads.
import { REFRESH_COOKIE, withoutCookie } from '@/lib/auth-cookie';
import { apiUrl } from '@/lib/env';
import {
  CLIENT_ADDRESS_HEADERS,
  PEER_ADDRESS_HEADER,
  forwardedFor,
  parseTrustedProxies,
} from '@/lib/forwarded-for';

// Hop-by-hop headers (RFC 9110 §7.6.1), those that describe this hop's framing, and the ones
// through which a client could pose as another address.
const REQUEST_HEADERS_TO_DROP = new Set([
  'host',
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'upgrade',
  'te',
  'trailer',
  'content-length',
  'accept-encoding',
  'expect',
  'cookie',
  ...CLIENT_ADDRESS_HEADERS,
]);

// fetch() has already decoded the body, so its encoding and length no longer describe it.
const RESPONSE_HEADERS_TO_DROP = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-encoding',
  'content-length',
  'trailer',
  'upgrade',
]);

/** The headers to send the API for `incoming`: see the file comment for what changes. */
export function upstreamHeaders(incoming: Headers, trustedProxies: string | undefined): Headers {
  const headers = new Headers();
  incoming.forEach((value, name) => {
    if (!REQUEST_HEADERS_TO_DROP.has(name.toLowerCase())) {
      headers.set(name, value);
    }
  });
  const cookie = withoutCookie(incoming.get('cookie'), REFRESH_COOKIE);
  if (cookie !== null) {
    headers.set('cookie', cookie);
  }
  const chain = forwardedFor(
    incoming.get('x-forwarded-for'),
    incoming.get(PEER_ADDRESS_HEADER),
    parseTrustedProxies(trustedProxies),
  );
  if (chain !== null) {
    headers.set('x-forwarded-for', chain);
  }
  return headers;
}

/**
 * Sends `request` on to the API; `jsonBody`, when given, replaces the request's own body.
 * Returns the API's response, or a 502 in the API's error shape when the API cannot be reached.
 */
export async function fetchFromApi(request: Request, jsonBody?: unknown): Promise<Response> {
  const incoming = new URL(request.url);
  const target = `${apiUrl()}${incoming.pathname}${incoming.search}`;
  const headers = upstreamHeaders(request.headers, process.env.WEB_TRUSTED_PROXIES);
  let body: BodyInit | undefined;
  if (jsonBody !== undefined) {
    headers.set('content-type', 'application/json');
    body = JSON.stringify(jsonBody);
  } else if (request.method !== 'GET' && request.method !== 'HEAD') {
    body = await request.arrayBuffer();
  }
  try {
    return await fetch(target, {
      method: request.method,
      headers,
      body,
      redirect: 'manual',
      cache: 'no-store',
    });
  } catch (error: unknown) {
    console.error(`proxy: ${request.method} ${target} failed`, error);
    return Response.json({ detail: 'The shop is temporarily unavailable.' }, { status: 502 });
  }
}

// What every answer from the API must carry; the API's own values win where it sends them.
const API_RESPONSE_DEFAULTS: Record<string, string> = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
};

/** The API's response headers that still hold for this server's answer, plus the defaults above. */
export function relayedHeaders(upstream: Response): Headers {
  const headers = new Headers();
  upstream.headers.forEach((value, name) => {
    if (!RESPONSE_HEADERS_TO_DROP.has(name.toLowerCase())) {
      headers.append(name, value);
    }
  });
  for (const [name, value] of Object.entries(API_RESPONSE_DEFAULTS)) {
    if (!headers.has(name)) headers.set(name, value);
  }
  return headers;
}

/** Answers with the API's response as it is; `extraHeaders` are added to it. */
export function relay(upstream: Response, method: string, extraHeaders?: Headers): Response {
  const headers = relayedHeaders(upstream);
  extraHeaders?.forEach((value, name) => headers.set(name, value));
  const bodyless = method === 'HEAD' || upstream.status === 204 || upstream.status === 304;
  return new Response(bodyless ? null : upstream.body, {
    status: upstream.status,
    statusText: upstream.statusText,
    headers,
  });
}

export async function proxyToApi(request: Request): Promise<Response> {
  return relay(await fetchFromApi(request), request.method);
}

type RouteHandler = (request: Request) => Promise<Response>;

/**
 * The handlers of a route that reaches the API: every method is proxied as it is, except POST
 * when `post` is given. Methods the API does not serve there get its 405 in its own error shape.
 */
export function apiRouteHandlers(post: RouteHandler = proxyToApi) {
  return {
    GET: proxyToApi,
    HEAD: proxyToApi,
    POST: post,
    PUT: proxyToApi,
    PATCH: proxyToApi,
    DELETE: proxyToApi,
    OPTIONS: proxyToApi,
  };
}

// Forwards a browser request to the API, so the browser talks to one origin and needs no CORS.
// The target is read from API_URL on every request. Method, headers (Authorization,
// Idempotency-Key, Content-Type …), body, status and response headers pass through unchanged.
import { apiUrl } from '@/lib/env';

// Hop-by-hop headers (RFC 9110 §7.6.1) and those that describe this hop's framing.
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

export async function proxyToApi(request: Request): Promise<Response> {
  const incoming = new URL(request.url);
  const target = `${apiUrl()}${incoming.pathname}${incoming.search}`;

  const headers = new Headers();
  request.headers.forEach((value, name) => {
    if (!REQUEST_HEADERS_TO_DROP.has(name.toLowerCase())) {
      headers.set(name, value);
    }
  });

  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  let upstream: Response;
  try {
    upstream = await fetch(target, {
      method: request.method,
      headers,
      body: hasBody ? await request.arrayBuffer() : undefined,
      redirect: 'manual',
      cache: 'no-store',
    });
  } catch (error: unknown) {
    console.error(`proxy: ${request.method} ${target} failed`, error);
    return Response.json({ detail: 'The shop is temporarily unavailable.' }, { status: 502 });
  }

  const responseHeaders = new Headers();
  upstream.headers.forEach((value, name) => {
    if (!RESPONSE_HEADERS_TO_DROP.has(name.toLowerCase())) {
      responseHeaders.append(name, value);
    }
  });
  const bodyless = request.method === 'HEAD' || upstream.status === 204 || upstream.status === 304;
  return new Response(bodyless ? null : upstream.body, {
    status: upstream.status,
    statusText: upstream.statusText,
    headers: responseHeaders,
  });
}

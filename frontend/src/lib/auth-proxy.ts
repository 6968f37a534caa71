// Sign-in, refresh and sign-out as the browser sees them. The API speaks tokens in JSON bodies
// (API.md); here the refresh token is taken out of what the browser receives and kept in an
// httpOnly cookie (lib/auth-cookie.ts), and put back into the body the API expects on /refresh
// and /logout. Everything else about these calls passes through lib/proxy.ts unchanged.
import {
  REFRESH_COOKIE,
  clearedRefreshCookie,
  readCookie,
  refreshCookie,
  secureCookieAllowed,
} from '@/lib/auth-cookie';
import { fetchFromApi, relay, relayedHeaders } from '@/lib/proxy';

function withCookie(cookie: string): Headers {
  return new Headers({ 'set-cookie': cookie, 'cache-control': 'no-store' });
}

/** A token pair from the API becomes the cookie plus the body without the refresh token. */
async function keepRefreshToken(upstream: Response, request: Request): Promise<Response> {
  if (upstream.status !== 200) {
    return relay(upstream, request.method);
  }
  const body: unknown = await upstream.json();
  if (typeof body !== 'object' || body === null || !('refresh_token' in body)) {
    console.error('auth proxy: the API answered 200 without a refresh token');
    return Response.json({ detail: 'The shop is temporarily unavailable.' }, { status: 502 });
  }
  const { refresh_token: refreshToken, ...rest } = body;
  if (typeof refreshToken !== 'string') {
    console.error('auth proxy: the API answered 200 with a refresh token that is not a string');
    return Response.json({ detail: 'The shop is temporarily unavailable.' }, { status: 502 });
  }
  const headers = relayedHeaders(upstream);
  withCookie(refreshCookie(refreshToken, secureCookieAllowed(request))).forEach((value, name) =>
    headers.set(name, value),
  );
  headers.set('content-type', 'application/json');
  return new Response(JSON.stringify(rest), { status: 200, headers });
}

export async function login(request: Request): Promise<Response> {
  return keepRefreshToken(await fetchFromApi(request), request);
}

export async function refresh(request: Request): Promise<Response> {
  const token = readCookie(request.headers.get('cookie'), REFRESH_COOKIE);
  if (token === null) {
    return Response.json(
      { detail: 'Not signed in' },
      { status: 401, headers: withCookie(clearedRefreshCookie(secureCookieAllowed(request))) },
    );
  }
  const upstream = await fetchFromApi(request, { refresh_token: token });
  if (upstream.status === 401) {
    return relay(
      upstream,
      request.method,
      withCookie(clearedRefreshCookie(secureCookieAllowed(request))),
    );
  }
  return keepRefreshToken(upstream, request);
}

export async function logout(request: Request): Promise<Response> {
  const token = readCookie(request.headers.get('cookie'), REFRESH_COOKIE);
  const cleared = withCookie(clearedRefreshCookie(secureCookieAllowed(request)));
  if (token === null) {
    return new Response(null, { status: 204, headers: cleared });
  }
  return relay(await fetchFromApi(request, { refresh_token: token }), request.method, cleared);
}

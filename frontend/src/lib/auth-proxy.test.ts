// The auth routes and the proxy against a stand-in API on a real socket: what reaches the API,
// and what the browser gets back.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { login, logout, refresh } from '@/lib/auth-proxy';
import { proxyToApi } from '@/lib/proxy';

interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

let server: Server;
let seen: Seen[] = [];
let answer: { status: number; body: unknown } = { status: 200, body: {} };

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      seen.push({
        method: request.method ?? '',
        url: request.url ?? '',
        headers: request.headers,
        body,
      });
      response.writeHead(answer.status, { 'content-type': 'application/json' });
      response.end(answer.status === 204 ? undefined : JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  seen = [];
  const { port } = server.address() as AddressInfo;
  vi.stubEnv('API_URL', `http://127.0.0.1:${port}`);
  vi.stubEnv('WEB_TRUSTED_PROXIES', '');
});

function post(path: string, headers: Record<string, string> = {}, body?: string): Request {
  return new Request(`http://127.0.0.1:3000${path}`, { method: 'POST', headers, body });
}

const pair = { access_token: 'A', refresh_token: 'R1', token_type: 'bearer', expires_in: 1800 };

describe('sign-in', () => {
  test('the refresh token goes into an httpOnly cookie and out of the body', async () => {
    answer = { status: 200, body: pair };
    const response = await login(
      post('/api/auth/login', { 'content-type': 'application/json' }, '{"email":"a@b.c"}'),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      access_token: 'A',
      token_type: 'bearer',
      expires_in: 1800,
    });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^shop_refresh=R1; Path=\/api\/auth; HttpOnly; Secure; SameSite=Strict/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(seen[0]).toMatchObject({ url: '/api/auth/login', body: '{"email":"a@b.c"}' });
  });

  test('a refused sign-in passes through and sets nothing', async () => {
    answer = { status: 401, body: { detail: 'Incorrect email or password' } };
    const response = await login(post('/api/auth/login', {}, '{}'));
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ detail: 'Incorrect email or password' });
    expect(response.headers.get('set-cookie')).toBeNull();
  });
});

describe('refresh', () => {
  test('sends the cookie as the body the API expects and rotates the cookie', async () => {
    answer = { status: 200, body: { ...pair, access_token: 'A2', refresh_token: 'R2' } };
    const response = await refresh(post('/api/auth/refresh', { cookie: 'x=1; shop_refresh=R1' }));
    expect(JSON.parse(seen[0]?.body ?? '')).toEqual({ refresh_token: 'R1' });
    expect(seen[0]?.headers['content-type']).toBe('application/json');
    expect(seen[0]?.headers.cookie).toBe('x=1');
    expect(await response.json()).toMatchObject({ access_token: 'A2' });
    expect(response.headers.get('set-cookie')).toMatch(/^shop_refresh=R2;/);
  });

  test('without the cookie: 401 in the API shape, and the API is not asked', async () => {
    const response = await refresh(post('/api/auth/refresh', {}, '{"refresh_token":"stolen"}'));
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ detail: 'Not signed in' });
    expect(seen).toHaveLength(0);
  });

  test('a refused refresh clears the cookie', async () => {
    answer = { status: 401, body: { detail: 'Invalid refresh token' } };
    const response = await refresh(post('/api/auth/refresh', { cookie: 'shop_refresh=old' }));
    expect(response.status).toBe(401);
    expect(response.headers.get('set-cookie')).toMatch(/^shop_refresh=; .*Max-Age=0$/);
  });

  test('an unavailable API keeps the cookie for the next try', async () => {
    answer = { status: 503, body: { detail: 'Service unavailable' } };
    const response = await refresh(post('/api/auth/refresh', { cookie: 'shop_refresh=R1' }));
    expect(response.status).toBe(503);
    expect(response.headers.get('set-cookie')).toBeNull();
  });
});

describe('sign-out', () => {
  test('revokes the cookie token at the API and clears the cookie', async () => {
    answer = { status: 204, body: null };
    const response = await logout(post('/api/auth/logout', { cookie: 'shop_refresh=R1' }));
    expect(response.status).toBe(204);
    expect(JSON.parse(seen[0]?.body ?? '')).toEqual({ refresh_token: 'R1' });
    expect(response.headers.get('set-cookie')).toMatch(/^shop_refresh=; .*Max-Age=0$/);
  });

  test('without a cookie there is nothing to revoke', async () => {
    const response = await logout(post('/api/auth/logout'));
    expect(response.status).toBe(204);
    expect(seen).toHaveLength(0);
  });
});

describe('proxy', () => {
  test('X-Forwarded-For is the peer, not what the client wrote', async () => {
    answer = { status: 200, body: {} };
    await proxyToApi(
      post('/api/auth/forgot-password', {
        'x-forwarded-for': '203.0.113.66',
        'x-real-ip': '203.0.113.66',
        forwarded: 'for=203.0.113.66',
        'x-shop-peer-address': '::ffff:198.51.100.7',
        cookie: 'shop_refresh=R1',
        authorization: 'Bearer A',
      }),
    );
    const headers = seen[0]?.headers ?? {};
    expect(headers['x-forwarded-for']).toBe('198.51.100.7');
    expect(headers['x-real-ip']).toBeUndefined();
    expect(headers.forwarded).toBeUndefined();
    expect(headers['x-shop-peer-address']).toBeUndefined();
    expect(headers.cookie).toBeUndefined();
    expect(headers.authorization).toBe('Bearer A');
  });

  test('behind a configured proxy the chain is kept and the proxy appended', async () => {
    vi.stubEnv('WEB_TRUSTED_PROXIES', '10.0.0.0/8');
    await proxyToApi(
      post('/api/auth/login', {
        'x-forwarded-for': '203.0.113.5',
        'x-shop-peer-address': '10.0.0.2',
      }),
    );
    expect(seen[0]?.headers['x-forwarded-for']).toBe('203.0.113.5, 10.0.0.2');
  });

  test('no peer address (not started through server.mjs): no X-Forwarded-For at all', async () => {
    await proxyToApi(post('/api/auth/login', { 'x-forwarded-for': '203.0.113.5' }));
    expect(seen[0]?.headers['x-forwarded-for']).toBeUndefined();
  });
});

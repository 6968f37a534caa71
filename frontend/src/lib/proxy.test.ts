// The route handlers every API-bound path exports: which methods are proxied as they are.
import { describe, expect, test } from 'vitest';

import { apiRouteHandlers, proxyToApi } from '@/lib/proxy';

describe('apiRouteHandlers', () => {
  test('proxies every method to the API when no POST handler is given', () => {
    const handlers = apiRouteHandlers();
    for (const handler of Object.values(handlers)) {
      expect(handler).toBe(proxyToApi);
    }
    expect(Object.keys(handlers).sort()).toEqual(
      ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'PATCH', 'POST', 'PUT'].sort(),
    );
  });

  test('answers POST with the given handler and proxies the other methods', () => {
    const signIn = async () => new Response(null, { status: 204 });
    const { POST, ...others } = apiRouteHandlers(signIn);
    expect(POST).toBe(signIn);
    for (const handler of Object.values(others)) {
      expect(handler).toBe(proxyToApi);
    }
  });
});

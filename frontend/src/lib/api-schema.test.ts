import { describe, expect, test, vi } from 'vitest';
import { z } from '@/lib/zod';
import { ApiError } from '@/lib/api-error';
import { bodyOf, MALFORMED_RESPONSE_STATUS, pageSchema, parseBody } from '@/lib/api-schema';
import { wireMoney } from '@/lib/money';

const itemSchema = z
  .object({ id: z.number(), price: wireMoney })
  .transform(({ id, price }) => ({ id, price_cents: price }));

describe('parseBody', () => {
  test('returns the body reshaped by the schema', () => {
    expect(parseBody(itemSchema, { id: 1, price: 2.5, extra: 'ignored' })).toEqual({
      id: 1,
      price_cents: 250,
    });
  });

  test('turns a body of the wrong shape into an ApiError', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const attempt = () => parseBody(itemSchema, { id: 'one', price: 2.5 });
    expect(attempt).toThrow(ApiError);
    expect(attempt).toThrow(expect.objectContaining({ status: MALFORMED_RESPONSE_STATUS }));
  });
});

describe('pageSchema', () => {
  test('reads a page of items', () => {
    const page = { items: [{ id: 1, price: '3.00' }], total: 1, page: 1, size: 20, pages: 1 };
    expect(pageSchema(itemSchema).parse(page)).toEqual({
      ...page,
      items: [{ id: 1, price_cents: 300 }],
    });
  });

  test('refuses a page without its counts', () => {
    expect(pageSchema(itemSchema).safeParse({ items: [] }).success).toBe(false);
  });
});

describe('bodyOf', () => {
  test('parses the data of an API client call', async () => {
    await expect(
      bodyOf(itemSchema, Promise.resolve({ data: { id: 2, price: 1 } })),
    ).resolves.toEqual({ id: 2, price_cents: 100 });
  });

  test('passes a failed call through', async () => {
    const failure = new ApiError(404, 'Not found');
    await expect(bodyOf(itemSchema, Promise.reject(failure))).rejects.toBe(failure);
  });
});

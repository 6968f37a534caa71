import { describe, expect, test } from 'vitest';
import { linkToken } from '@/features/account/link-token';

describe('linkToken', () => {
  test('is the token of the link, the first one when it is repeated', () => {
    expect(linkToken({ token: 'abc' })).toBe('abc');
    expect(linkToken({ token: ['abc', 'def'] })).toBe('abc');
  });

  test('is null for a link without a token', () => {
    expect(linkToken({})).toBeNull();
  });
});

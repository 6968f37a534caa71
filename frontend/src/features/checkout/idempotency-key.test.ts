import { beforeEach, describe, expect, test } from 'vitest';
import {
  cartFingerprint,
  checkoutAttempt,
  newIdempotencyKey,
} from '@/features/checkout/idempotency-key';

class MemoryStorage {
  private readonly values = new Map<string, string>();
  getItem(key: string): string | null {
    return this.values.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.values.set(key, value);
  }
  removeItem(key: string): void {
    this.values.delete(key);
  }
}

beforeEach(() => {
  Object.defineProperty(window, 'sessionStorage', {
    value: new MemoryStorage(),
    configurable: true,
  });
});

describe('checkout attempt key', () => {
  test('is a UUID', () => {
    expect(newIdempotencyKey()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  test('stays the same for the same cart until the attempt ends', () => {
    const cart = cartFingerprint([
      { product_id: 2, quantity: 1 },
      { product_id: 1, quantity: 3 },
    ]);
    expect(cart).toBe('1x3,2x1');
    const first = checkoutAttempt.keyFor(cart);
    expect(checkoutAttempt.keyFor(cart)).toBe(first);
    checkoutAttempt.finish();
    expect(checkoutAttempt.keyFor(cart)).not.toBe(first);
  });

  test('changes when the cart changes', () => {
    const first = checkoutAttempt.keyFor('1x1');
    expect(checkoutAttempt.keyFor('1x2')).not.toBe(first);
  });

  test('names the discount code of the cart, so another code is another attempt', () => {
    const lines = [{ product_id: 1, quantity: 2 }];
    expect(cartFingerprint(lines, 'SAVE10')).toBe('1x2@SAVE10');
    expect(cartFingerprint(lines, null)).toBe('1x2');
  });
});

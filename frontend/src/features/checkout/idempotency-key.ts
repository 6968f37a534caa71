// The Idempotency-Key of a checkout attempt. It is kept in sessionStorage with a fingerprint of
// the cart, so a retry after a lost response — even after a reload — reuses the key and gets the
// first order back, while a changed cart starts a new attempt.

const KEY = 'shop.checkout_attempt';

interface Attempt {
  fingerprint: string;
  key: string;
}

/** A random UUID v4; works outside secure contexts too, where crypto.randomUUID is missing. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Identifies the cart being bought: product ids and quantities, in a stable order, and the discount
 * code applied to it, if any.
 */
export function cartFingerprint(
  lines: { product_id: number; quantity: number }[],
  discountCode: string | null = null,
): string {
  const items = [...lines]
    .sort((a, b) => a.product_id - b.product_id)
    .map((line) => `${line.product_id}x${line.quantity}`)
    .join(',');
  return discountCode === null ? items : `${items}@${discountCode}`;
}

function storage(): Storage | null {
  return typeof window === 'undefined' ? null : window.sessionStorage;
}

function read(): Attempt | null {
  const raw = storage()?.getItem(KEY) ?? null;
  if (raw === null) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      typeof (parsed as Attempt).fingerprint === 'string' &&
      typeof (parsed as Attempt).key === 'string'
    ) {
      return parsed as Attempt;
    }
  } catch (error: unknown) {
    console.warn('Discarding an unreadable checkout attempt', error);
  }
  storage()?.removeItem(KEY);
  return null;
}

export const checkoutAttempt = {
  /** The key for this cart: the stored one if the cart is unchanged, otherwise a new one. */
  keyFor(fingerprint: string): string {
    const current = read();
    if (current !== null && current.fingerprint === fingerprint) {
      return current.key;
    }
    const attempt: Attempt = { fingerprint, key: newIdempotencyKey() };
    storage()?.setItem(KEY, JSON.stringify(attempt));
    return attempt.key;
  },
  /** Ends the attempt: after an order was placed, or after the API refused it outright. */
  finish(): void {
    storage()?.removeItem(KEY);
  },
};

// The cart of a visitor who has not signed in, kept in localStorage until sign-in merges it.
import type { GuestCartLine } from '@/features/cart/types';

const KEY = 'shop.guest_cart';

function isLine(value: unknown): value is GuestCartLine {
  if (typeof value !== 'object' || value === null) return false;
  const line = value as GuestCartLine;
  return (
    Number.isInteger(line.product_id) &&
    Number.isInteger(line.quantity) &&
    line.quantity > 0 &&
    typeof line.product === 'object' &&
    line.product !== null &&
    typeof line.product.name === 'string'
  );
}

export const guestCart = {
  read(): GuestCartLine[] {
    if (typeof window === 'undefined') return [];
    const raw = window.localStorage.getItem(KEY);
    if (raw === null) return [];
    try {
      const parsed: unknown = JSON.parse(raw);
      return Array.isArray(parsed) ? parsed.filter(isLine) : [];
    } catch (error: unknown) {
      console.warn('Discarding an unreadable guest cart', error);
      window.localStorage.removeItem(KEY);
      return [];
    }
  },
  write(lines: GuestCartLine[]): void {
    if (typeof window === 'undefined') return;
    if (lines.length === 0) {
      window.localStorage.removeItem(KEY);
    } else {
      window.localStorage.setItem(KEY, JSON.stringify(lines));
    }
  },
  clear(): void {
    if (typeof window === 'undefined') return;
    window.localStorage.removeItem(KEY);
  },
};

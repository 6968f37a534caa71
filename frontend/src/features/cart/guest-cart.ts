// The cart of a visitor who has not signed in, kept in localStorage until sign-in merges it.
// Lines that do not read as a GuestCartLine (e.g. written by an older version) are dropped.
import { guestCartLineSchema, type GuestCartLine } from '@/features/cart/types';

const KEY = 'shop.guest_cart';

/**
 * The id a guest line goes by in the cart (CartItem.id): its product id, or for a variant line
 * minus its variant id, so two variants of one product are two lines.
 */
export function guestLineId(line: Pick<GuestCartLine, 'product_id' | 'variant_id'>): number {
  return line.variant_id === null ? line.product_id : -line.variant_id;
}

export const guestCart = {
  read(): GuestCartLine[] {
    if (typeof window === 'undefined') return [];
    const raw = window.localStorage.getItem(KEY);
    if (raw === null) return [];
    try {
      const parsed: unknown = JSON.parse(raw);
      if (!Array.isArray(parsed)) return [];
      return parsed.flatMap((entry: unknown) => {
        const line = guestCartLineSchema.safeParse(entry);
        return line.success ? [line.data] : [];
      });
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

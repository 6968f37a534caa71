'use client';

import { useAuthStore } from '@/features/account/store';
import { useCartStore } from '@/features/cart/store';

/**
 * Signs out, empties this browser's cart and loads `next` afresh, leaving no state behind. Until
 * that page loads, the page being left shows its placeholder rather than sending the shopper to
 * sign in (see `signingOut` in the auth store).
 */
export function useSignOut(): (next: string) => Promise<void> {
  const logout = useAuthStore((state) => state.logout);
  const resetCart = useCartStore((state) => state.reset);
  return async (next) => {
    await logout();
    resetCart();
    window.location.assign(next);
  };
}

// cartStore: the cart shown in the header and on /cart. Signed in, it mirrors the server cart;
// as a guest, it lives in localStorage (guest-cart.ts, its rules in guest-lines.ts) until sign-in
// merges it into the server's (merge.ts).
// Only a signed-in customer's cart carries a discount code; a guest's total is its subtotal.
import { create } from 'zustand';
import * as cartApi from '@/features/cart/api';
import { guestCart } from '@/features/cart/guest-cart';
import {
  guestLinesToItems,
  withGuestLineAdded,
  withGuestQuantity,
  withoutGuestLine,
} from '@/features/cart/guest-lines';
import { mergeOutcome, type MergeOutcome } from '@/features/cart/merge';
import type {
  Cart,
  CartDiscount,
  CartItem,
  CartProduct,
  CartVariant,
  GuestCartLine,
} from '@/features/cart/types';
import { sessionKnown } from '@/features/account/store';
import type { Totals } from '@/features/orders/totals';
import { ApiError } from '@/lib/api-error';

/** What the store shows of a server cart. */
type CartContents = Pick<Cart, 'items' | 'discount' | 'discount_amount_cents'>;

/** A cart with no lines and no code: what a guest's lines or an emptied cart add to. */
const NO_DISCOUNT = { discount: null, discountCents: 0 } as const;

export interface CartState {
  items: CartItem[];
  /** The code applied to the cart (signed in only), or null. */
  discount: CartDiscount | null;
  /** What the code takes off the subtotal, in integer cents; 0 when none applies. */
  discountCents: number;
  isLoading: boolean;
  /** True once the cart has been loaded from the server or the browser. */
  loaded: boolean;
  fetchCart: () => Promise<void>;
  /** Adds a product, or one of its variants (then `product` holds the variant's price and stock). */
  addToCart: (
    product: CartProduct,
    quantity?: number,
    variant?: CartVariant | null,
  ) => Promise<void>;
  updateCartItem: (itemId: number, quantity: number) => Promise<void>;
  removeFromCart: (itemId: number) => Promise<void>;
  clearCart: () => Promise<void>;
  /** Applies a code to the signed-in customer's cart (PUT /api/cart/discount). */
  applyDiscount: (code: string) => Promise<void>;
  /** Takes the code off the cart (DELETE /api/cart/discount). */
  removeDiscount: () => Promise<void>;
  /** Subtotal in integer cents. */
  getSubtotal: () => number;
  /** What the customer pays, in integer cents: the subtotal less the discount. */
  getTotal: () => number;
  /** Number of units in the cart (the header badge). */
  getCount: () => number;
  /** Moves the guest cart into the signed-in user's cart (POST /api/cart/merge). */
  mergeGuestCart: () => Promise<MergeOutcome>;
  /** Forgets the cart in memory and shows the (empty or guest) browser cart; used at sign-out. */
  reset: () => void;
}

function shownContents(cart: CartContents) {
  return { items: cart.items, discount: cart.discount, discountCents: cart.discount_amount_cents };
}

/** Throws a 422 ApiError unless `quantity` is a whole number of at least 1. */
function checkQuantity(quantity: number): void {
  if (!Number.isInteger(quantity) || quantity < 1) {
    throw new ApiError(422, 'Choose a quantity of at least 1.');
  }
}

export const useCartStore = create<CartState>()((set, get) => {
  // Server calls may answer out of order (the bootstrap's read and a first click, say): a cart is
  // shown only if no later call's cart has been shown already. A read made while a change is in
  // flight may be answered from before the change, so it counts as older than that change.
  let callsStarted = 0;
  let latestShown = 0;
  let inFlight = 0;
  const changesInFlight = new Set<number>();

  /** Runs a server cart call with the loading flag and shows the cart it returns. */
  async function withServerCart(
    call: () => Promise<CartContents>,
    { read = false } = {},
  ): Promise<void> {
    const thisCall =
      read && changesInFlight.size > 0 ? Math.min(...changesInFlight) - 0.5 : ++callsStarted;
    if (!read) changesInFlight.add(thisCall);
    inFlight += 1;
    set({ isLoading: true });
    try {
      const cart = await call();
      if (thisCall > latestShown) {
        latestShown = thisCall;
        set({ ...shownContents(cart), loaded: true });
      }
    } finally {
      changesInFlight.delete(thisCall);
      inFlight -= 1;
      if (inFlight === 0) set({ isLoading: false });
    }
  }

  function writeGuest(lines: GuestCartLine[]): void {
    guestCart.write(lines);
    set({ items: guestLinesToItems(lines), ...NO_DISCOUNT, loaded: true });
  }

  return {
    items: [],
    ...NO_DISCOUNT,
    isLoading: false,
    loaded: false,

    async fetchCart() {
      if (!(await sessionKnown())) {
        set({ items: guestLinesToItems(guestCart.read()), ...NO_DISCOUNT, loaded: true });
        return;
      }
      await withServerCart(cartApi.getCart, { read: true });
    },

    async addToCart(product, quantity = 1, variant = null) {
      checkQuantity(quantity);
      if (await sessionKnown()) {
        await withServerCart(() => cartApi.addItem(product.id, quantity, variant?.id ?? null));
        return;
      }
      writeGuest(withGuestLineAdded(guestCart.read(), product, quantity, variant));
    },

    async updateCartItem(itemId, quantity) {
      checkQuantity(quantity);
      if (await sessionKnown()) {
        await withServerCart(() => cartApi.updateItem(itemId, quantity));
        return;
      }
      writeGuest(withGuestQuantity(guestCart.read(), itemId, quantity));
    },

    async removeFromCart(itemId) {
      if (await sessionKnown()) {
        await withServerCart(() => cartApi.removeItem(itemId));
        return;
      }
      writeGuest(withoutGuestLine(guestCart.read(), itemId));
    },

    async clearCart() {
      if (await sessionKnown()) {
        // Emptying the cart keeps its code (the server's rule): read back what it now shows.
        await withServerCart(async () => {
          await cartApi.clear();
          return cartApi.getCart();
        });
        return;
      }
      writeGuest([]);
    },

    async applyDiscount(code) {
      if (!(await sessionKnown())) {
        throw new ApiError(401, 'Sign in to use a discount code.');
      }
      await withServerCart(() => cartApi.applyDiscount(code));
    },

    async removeDiscount() {
      if (!(await sessionKnown())) return;
      await withServerCart(cartApi.removeDiscount);
    },

    getSubtotal() {
      return get().items.reduce((sum, item) => sum + item.line_total_cents, 0);
    },

    getTotal() {
      return get().getSubtotal() - get().discountCents;
    },

    getCount() {
      return get().items.reduce((sum, item) => sum + item.quantity, 0);
    },

    async mergeGuestCart() {
      const lines = guestCart.read();
      if (lines.length === 0) {
        await get().fetchCart();
        return { adjustments: [], names: {} };
      }
      set({ isLoading: true });
      try {
        const { cart, adjustments } = await cartApi.merge(lines);
        guestCart.clear();
        set({ ...shownContents(cart), loaded: true });
        return mergeOutcome(lines, adjustments);
      } finally {
        set({ isLoading: false });
      }
    },

    reset() {
      set({
        items: guestLinesToItems(guestCart.read()),
        ...NO_DISCOUNT,
        isLoading: false,
        loaded: true,
      });
    },
  };
});

/** The cart's subtotal, discount and total, as its summary shows them (cart page, checkout). */
export function useCartTotals(): Totals {
  const subtotal = useCartStore((state) => state.getSubtotal());
  const code = useCartStore((state) => state.discount?.code ?? null);
  const discountCents = useCartStore((state) => state.discountCents);
  return {
    subtotal_cents: subtotal,
    discount_code: code,
    discount_amount_cents: discountCents,
    total_cents: subtotal - discountCents,
  };
}

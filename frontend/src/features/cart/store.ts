// cartStore: the cart shown in the header and on /cart. Signed in, it mirrors the server cart;
// as a guest, it lives in localStorage (guest-cart.ts) until sign-in merges it into the server's.
import { create } from 'zustand';
import * as cartApi from '@/features/cart/api';
import { guestCart } from '@/features/cart/guest-cart';
import type {
  Cart,
  CartAdjustment,
  CartItem,
  CartProduct,
  GuestCartLine,
} from '@/features/cart/types';
import { sessionKnown } from '@/features/account/store';
import { ApiError } from '@/lib/api-error';

export interface MergeOutcome {
  adjustments: CartAdjustment[];
  /** Product names by id, from the guest cart, to word the adjustments. */
  names: Record<number, string>;
}

export interface CartState {
  items: CartItem[];
  isLoading: boolean;
  /** True once the cart has been loaded from the server or the browser. */
  loaded: boolean;
  fetchCart: () => Promise<void>;
  addToCart: (product: CartProduct, quantity?: number) => Promise<void>;
  updateCartItem: (itemId: number, quantity: number) => Promise<void>;
  removeFromCart: (itemId: number) => Promise<void>;
  clearCart: () => Promise<void>;
  /** Subtotal in integer cents. */
  getTotal: () => number;
  /** Number of units in the cart (the header badge). */
  getCount: () => number;
  /** Moves the guest cart into the signed-in user's cart (POST /api/cart/merge). */
  mergeGuestCart: () => Promise<MergeOutcome>;
  /** Forgets the cart in memory and shows the (empty or guest) browser cart; used at sign-out. */
  reset: () => void;
}

function guestLinesToItems(lines: GuestCartLine[]): CartItem[] {
  return lines.map((line) => ({
    id: line.product_id,
    product_id: line.product_id,
    quantity: line.quantity,
    line_total_cents: line.product.price_cents * line.quantity,
    product: line.product,
  }));
}

function insufficientStock(product: CartProduct): ApiError {
  return new ApiError(
    400,
    product.stock_quantity > 0
      ? `Insufficient stock: only ${product.stock_quantity} of ${product.name} available.`
      : `${product.name} is sold out.`,
  );
}

export const useCartStore = create<CartState>()((set, get) => {
  // Server calls may answer out of order (the bootstrap's read and a first click, say): a cart is
  // shown only if no later call's cart has been shown already.
  let callsStarted = 0;
  let latestShown = 0;
  let inFlight = 0;

  /** Runs a server cart call with the loading flag and shows the cart it returns. */
  async function withServerCart(call: () => Promise<Pick<Cart, 'items'>>): Promise<void> {
    const thisCall = ++callsStarted;
    inFlight += 1;
    set({ isLoading: true });
    try {
      const cart = await call();
      if (thisCall > latestShown) {
        latestShown = thisCall;
        set({ items: cart.items, loaded: true });
      }
    } finally {
      inFlight -= 1;
      if (inFlight === 0) set({ isLoading: false });
    }
  }

  function writeGuest(lines: GuestCartLine[]): void {
    guestCart.write(lines);
    set({ items: guestLinesToItems(lines), loaded: true });
  }

  return {
    items: [],
    isLoading: false,
    loaded: false,

    async fetchCart() {
      if (!(await sessionKnown())) {
        set({ items: guestLinesToItems(guestCart.read()), loaded: true });
        return;
      }
      await withServerCart(cartApi.getCart);
    },

    async addToCart(product, quantity = 1) {
      if (!Number.isInteger(quantity) || quantity < 1) {
        throw new ApiError(422, 'Choose a quantity of at least 1.');
      }
      if (await sessionKnown()) {
        await withServerCart(() => cartApi.addItem(product.id, quantity));
        return;
      }
      const lines = guestCart.read();
      const existing = lines.find((line) => line.product_id === product.id);
      const wanted = (existing?.quantity ?? 0) + quantity;
      if (wanted > product.stock_quantity) {
        throw insufficientStock(product);
      }
      const next = existing
        ? lines.map((line) =>
            line.product_id === product.id ? { ...line, quantity: wanted, product } : line,
          )
        : [...lines, { product_id: product.id, quantity, product }];
      writeGuest(next);
    },

    async updateCartItem(itemId, quantity) {
      if (!Number.isInteger(quantity) || quantity < 1) {
        throw new ApiError(422, 'Choose a quantity of at least 1.');
      }
      if (await sessionKnown()) {
        await withServerCart(() => cartApi.updateItem(itemId, quantity));
        return;
      }
      const lines = guestCart.read();
      const line = lines.find((candidate) => candidate.product_id === itemId);
      if (!line) {
        throw new ApiError(404, 'That item is no longer in your cart.');
      }
      if (quantity > line.product.stock_quantity) {
        throw insufficientStock(line.product);
      }
      writeGuest(
        lines.map((candidate) =>
          candidate.product_id === itemId ? { ...candidate, quantity } : candidate,
        ),
      );
    },

    async removeFromCart(itemId) {
      if (await sessionKnown()) {
        await withServerCart(() => cartApi.removeItem(itemId));
        return;
      }
      writeGuest(guestCart.read().filter((line) => line.product_id !== itemId));
    },

    async clearCart() {
      if (await sessionKnown()) {
        await withServerCart(async () => {
          await cartApi.clear();
          return { items: [] };
        });
        return;
      }
      writeGuest([]);
    },

    getTotal() {
      return get().items.reduce((sum, item) => sum + item.line_total_cents, 0);
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
        const { cart, adjustments } = await cartApi.merge(
          lines.map((line) => ({ product_id: line.product_id, quantity: line.quantity })),
        );
        guestCart.clear();
        set({ items: cart.items, loaded: true });
        const names: Record<number, string> = {};
        for (const line of lines) names[line.product_id] = line.product.name;
        return { adjustments, names };
      } finally {
        set({ isLoading: false });
      }
    },

    reset() {
      set({ items: guestLinesToItems(guestCart.read()), isLoading: false, loaded: true });
    },
  };
});

/** Words the merge adjustments for a toast, or returns null when nothing was changed. */
export function describeMerge({ adjustments, names }: MergeOutcome): string | null {
  if (adjustments.length === 0) return null;
  const parts = adjustments.map((adjustment) => {
    const name = names[adjustment.product_id] ?? `Product #${adjustment.product_id}`;
    if (adjustment.kind === 'capped') {
      return adjustment.quantity !== null
        ? `${name} was limited to ${adjustment.quantity} (the stock available)`
        : `${name} was limited to the stock available`;
    }
    return `${name} is no longer available and was left out`;
  });
  return `Your cart was merged. ${parts.join('; ')}.`;
}

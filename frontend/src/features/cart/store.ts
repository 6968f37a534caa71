// cartStore: the cart shown in the header and on /cart. Signed in, it mirrors the server cart;
// as a guest, it lives in localStorage (guest-cart.ts) until sign-in merges it into the server's.
// Only a signed-in customer's cart carries a discount code; a guest's total is its subtotal.
import { create } from 'zustand';
import * as cartApi from '@/features/cart/api';
import { guestCart, guestLineId } from '@/features/cart/guest-cart';
import type {
  Cart,
  CartAdjustment,
  CartDiscount,
  CartItem,
  CartProduct,
  CartVariant,
  GuestCartLine,
} from '@/features/cart/types';
import { sessionKnown } from '@/features/account/store';
import type { Totals } from '@/features/orders/totals';
import { ApiError } from '@/lib/api-error';

export interface MergeOutcome {
  adjustments: CartAdjustment[];
  /** What the guest cart called each line ("T-shirt (M / Red)"), by mergedLineKey, to word the adjustments. */
  names: Record<string, string>;
}

/** The key of a merged line's name in MergeOutcome.names. */
function mergedLineKey(productId: number, variantId: number | null): string {
  return variantId === null ? String(productId) : `${productId}:${variantId}`;
}

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

function guestLinesToItems(lines: GuestCartLine[]): CartItem[] {
  return lines.map((line) => ({
    id: guestLineId(line),
    product_id: line.product_id,
    variant_id: line.variant_id,
    variant: line.variant,
    quantity: line.quantity,
    line_total_cents: line.product.price_cents * line.quantity,
    product: line.product,
  }));
}

function shownContents(cart: CartContents) {
  return { items: cart.items, discount: cart.discount, discountCents: cart.discount_amount_cents };
}

function insufficientStock(product: CartProduct, variant: CartVariant | null): ApiError {
  const name = variant === null ? product.name : `${product.name} (${variant.title})`;
  return new ApiError(
    400,
    product.stock_quantity > 0
      ? `Insufficient stock: only ${product.stock_quantity} of ${name} available.`
      : `${name} is sold out.`,
  );
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
      if (!Number.isInteger(quantity) || quantity < 1) {
        throw new ApiError(422, 'Choose a quantity of at least 1.');
      }
      const variantId = variant?.id ?? null;
      if (await sessionKnown()) {
        await withServerCart(() => cartApi.addItem(product.id, quantity, variantId));
        return;
      }
      const lines = guestCart.read();
      const id = guestLineId({ product_id: product.id, variant_id: variantId });
      const existing = lines.find((line) => guestLineId(line) === id);
      const wanted = (existing?.quantity ?? 0) + quantity;
      if (wanted > product.stock_quantity) {
        throw insufficientStock(product, variant);
      }
      const next = existing
        ? lines.map((line) =>
            guestLineId(line) === id ? { ...line, quantity: wanted, product, variant } : line,
          )
        : [...lines, { product_id: product.id, variant_id: variantId, variant, quantity, product }];
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
      const line = lines.find((candidate) => guestLineId(candidate) === itemId);
      if (!line) {
        throw new ApiError(404, 'That item is no longer in your cart.');
      }
      if (quantity > line.product.stock_quantity) {
        throw insufficientStock(line.product, line.variant);
      }
      writeGuest(
        lines.map((candidate) =>
          guestLineId(candidate) === itemId ? { ...candidate, quantity } : candidate,
        ),
      );
    },

    async removeFromCart(itemId) {
      if (await sessionKnown()) {
        await withServerCart(() => cartApi.removeItem(itemId));
        return;
      }
      writeGuest(guestCart.read().filter((line) => guestLineId(line) !== itemId));
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
        const { cart, adjustments } = await cartApi.merge(
          lines.map((line) => ({
            product_id: line.product_id,
            variant_id: line.variant_id,
            quantity: line.quantity,
          })),
        );
        guestCart.clear();
        set({ ...shownContents(cart), loaded: true });
        const names: Record<string, string> = {};
        for (const line of lines) {
          names[mergedLineKey(line.product_id, line.variant_id)] =
            line.variant === null
              ? line.product.name
              : `${line.product.name} (${line.variant.title})`;
        }
        return { adjustments, names };
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

/** Words the merge adjustments for a toast, or returns null when nothing was changed. */
export function describeMerge({ adjustments, names }: MergeOutcome): string | null {
  if (adjustments.length === 0) return null;
  const parts = adjustments.map((adjustment) => {
    const name =
      names[mergedLineKey(adjustment.product_id, adjustment.variant_id)] ??
      `Product #${adjustment.product_id}`;
    if (adjustment.kind === 'capped') {
      return adjustment.quantity !== null
        ? `${name} was limited to ${adjustment.quantity} (the stock available)`
        : `${name} was limited to the stock available`;
    }
    return `${name} is no longer available and was left out`;
  });
  return `Your cart was merged. ${parts.join('; ')}.`;
}

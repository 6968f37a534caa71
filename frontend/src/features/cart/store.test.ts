import MockAdapter from 'axios-mock-adapter';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { useAuthStore } from '@/features/account/store';
import type { User } from '@/features/account/types';
import { guestCart } from '@/features/cart/guest-cart';
import { describeMerge } from '@/features/cart/merge';
import { useCartStore } from '@/features/cart/store';
import { testCartProduct, testCartVariant } from '@/features/cart/test-cart';
import type { CartItem, CartProduct } from '@/features/cart/types';
import { apiClient } from '@/lib/api-client';
import { toApiError } from '@/lib/api-error';
import { tokenStorage } from '@/lib/token-storage';

const mug = testCartProduct();
const lamp = testCartProduct({
  id: 2,
  name: 'Desk Lamp',
  slug: 'desk-lamp',
  price_cents: 10,
  stock_quantity: 10,
});

/** Two variants of one product; `product` on a variant line holds the variant's price and stock. */
const tee = testCartProduct({
  id: 3,
  name: 'Tee',
  slug: 'tee',
  price_cents: 2000,
  stock_quantity: 2,
});
const mediumRed = testCartVariant(31, 'TEE-M-RED', [
  ['Size', 'M'],
  ['Colour', 'Red'],
]);
const smallBlue = testCartVariant(32, 'TEE-S-BLUE', [
  ['Size', 'S'],
  ['Colour', 'Blue'],
]);

const user: User = {
  id: 7,
  email: 'ada@example.com',
  full_name: 'Ada',
  role: 'customer',
  is_active: true,
  is_verified: true,
  created_at: '2026-11-25T10:00:00Z',
  updated_at: '2026-11-25T10:00:00Z',
};

type ServerLine = { id: number; product: CartProduct; quantity: number };

/** A code on a server cart, as the API sends it, with what it takes off (decimal numbers). */
interface ServerDiscount {
  code: string;
  kind: 'percentage' | 'fixed';
  value: number;
  min_subtotal: number | null;
  applicable: boolean;
  reason: string | null;
  amount: number;
}

const save10: ServerDiscount = {
  code: 'SAVE10',
  kind: 'percentage',
  value: 10,
  min_subtotal: null,
  applicable: true,
  reason: null,
  amount: 2.6,
};

/** The cart as the API sends it: money as decimal numbers. */
function serverCart(lines: ServerLine[], discount: ServerDiscount | null = null) {
  const subtotal =
    lines.reduce((sum, line) => sum + line.product.price_cents * line.quantity, 0) / 100;
  const discountAmount = discount?.applicable ? discount.amount : 0;
  return {
    items: lines.map(({ id, product: { price_cents, ...product }, quantity }) => ({
      id,
      product_id: product.id,
      quantity,
      line_total: (price_cents * quantity) / 100,
      product: { ...product, price: price_cents / 100 },
    })),
    total_items: lines.reduce((sum, line) => sum + line.quantity, 0),
    subtotal,
    discount: discount && {
      code: discount.code,
      kind: discount.kind,
      value: discount.value,
      min_subtotal: discount.min_subtotal,
      applicable: discount.applicable,
      reason: discount.reason,
    },
    discount_amount: discountAmount,
    total: subtotal - discountAmount,
  };
}

/** The same lines as the store holds them. */
function cartItems(lines: ServerLine[]): CartItem[] {
  return lines.map(({ id, product, quantity }) => ({
    id,
    product_id: product.id,
    variant_id: null,
    variant: null,
    quantity,
    line_total_cents: product.price_cents * quantity,
    product,
  }));
}

let mock: MockAdapter;

beforeEach(() => {
  mock = new MockAdapter(apiClient);
  useAuthStore.setState({ user: null, isAuthenticated: false, initialized: true });
  useCartStore.setState({
    items: [],
    discount: null,
    discountCents: 0,
    loaded: false,
    isLoading: false,
  });
});

afterEach(() => {
  mock.restore();
});

describe('cartStore as a guest', () => {
  test('keeps the cart in the browser and adds up quantities', async () => {
    await useCartStore.getState().addToCart(mug, 1);
    await useCartStore.getState().addToCart(mug, 2);
    await useCartStore.getState().addToCart(lamp);

    expect(useCartStore.getState().items.map((item) => [item.product_id, item.quantity])).toEqual([
      [1, 3],
      [2, 1],
    ]);
    expect(guestCart.read()).toHaveLength(2);
    expect(mock.history.post).toHaveLength(0);
  });

  test('refuses more than the stock', async () => {
    await useCartStore.getState().addToCart(mug, 3);
    await expect(useCartStore.getState().addToCart(mug, 1)).rejects.toThrow(/only 3/i);
    await expect(useCartStore.getState().updateCartItem(mug.id, 4)).rejects.toThrow(/only 3/i);
  });

  test('getSubtotal sums integer cents exactly, and without a code the total is the subtotal', async () => {
    await useCartStore.getState().addToCart(mug, 3);
    await useCartStore.getState().addToCart(lamp, 3);
    // 3 × 12.99 + 3 × 0.10 = 39.27, with no binary floating point drift.
    expect(useCartStore.getState().getSubtotal()).toBe(3927);
    expect(useCartStore.getState().getTotal()).toBe(3927);
    expect(useCartStore.getState().getCount()).toBe(6);
  });

  test('updates, removes and clears lines', async () => {
    await useCartStore.getState().addToCart(mug, 1);
    await useCartStore.getState().addToCart(lamp, 1);
    await useCartStore.getState().updateCartItem(lamp.id, 5);
    expect(
      useCartStore.getState().items.find((item) => item.product_id === lamp.id)?.quantity,
    ).toBe(5);
    await useCartStore.getState().removeFromCart(mug.id);
    expect(useCartStore.getState().items.map((item) => item.product_id)).toEqual([lamp.id]);
    await useCartStore.getState().clearCart();
    expect(useCartStore.getState().items).toEqual([]);
    expect(guestCart.read()).toEqual([]);
  });

  test('a guest cannot apply a discount code, and nothing is sent', async () => {
    await expect(useCartStore.getState().applyDiscount('SAVE10')).rejects.toThrow(/sign in/i);
    expect(mock.history.put).toHaveLength(0);
    expect(useCartStore.getState().discount).toBeNull();
  });

  test('two variants of one product are two lines, each with its own quantity and stock', async () => {
    await useCartStore.getState().addToCart(tee, 1, mediumRed);
    await useCartStore.getState().addToCart({ ...tee, price_cents: 2500 }, 1, smallBlue);
    await useCartStore.getState().addToCart(tee, 1, mediumRed);
    await expect(useCartStore.getState().addToCart(tee, 1, mediumRed)).rejects.toThrow(
      /only 2 of Tee \(M \/ Red\)/,
    );

    const items = useCartStore.getState().items;
    expect(items.map((item) => [item.variant?.title, item.quantity])).toEqual([
      ['M / Red', 2],
      ['S / Blue', 1],
    ]);
    expect(new Set(items.map((item) => item.id)).size).toBe(2);
    expect(useCartStore.getState().getSubtotal()).toBe(6500);

    const blue = items.find((item) => item.variant_id === smallBlue.id);
    await useCartStore.getState().removeFromCart(blue?.id ?? 0);
    expect(guestCart.read().map((line) => line.variant_id)).toEqual([mediumRed.id]);
  });

  test('a line kept before variants existed reads as a plain line', async () => {
    window.localStorage.setItem(
      'shop.guest_cart',
      JSON.stringify([{ product_id: mug.id, quantity: 1, product: mug }]),
    );
    await useCartStore.getState().fetchCart();
    expect(useCartStore.getState().items).toEqual(
      cartItems([{ id: mug.id, product: mug, quantity: 1 }]),
    );
  });

  test('fetchCart reads what an earlier visit left in the browser', async () => {
    guestCart.write([
      { product_id: mug.id, variant_id: null, variant: null, quantity: 2, product: mug },
    ]);
    await useCartStore.getState().fetchCart();
    expect(useCartStore.getState().items).toHaveLength(1);
    expect(useCartStore.getState().loaded).toBe(true);
  });
});

describe('cartStore when signed in', () => {
  beforeEach(() => {
    tokenStorage.setAccessToken({ access_token: 'A' });
    useAuthStore.setState({ user, isAuthenticated: true });
  });

  test('adds through the API and shows the cart it returns', async () => {
    mock.onPost('/cart').reply(201, serverCart([{ id: 41, product: mug, quantity: 2 }]));
    await useCartStore.getState().addToCart(mug, 2);
    expect(JSON.parse(String(mock.history.post[0]?.data))).toEqual({ product_id: 1, quantity: 2 });
    expect(useCartStore.getState().items).toEqual(
      cartItems([{ id: 41, product: mug, quantity: 2 }]),
    );
  });

  test('updates and removes by cart item id', async () => {
    mock.onPut('/cart/41').reply(200, serverCart([{ id: 41, product: mug, quantity: 3 }]));
    mock.onDelete('/cart/41').reply(200, serverCart([]));
    await useCartStore.getState().updateCartItem(41, 3);
    expect(useCartStore.getState().items[0]?.quantity).toBe(3);
    await useCartStore.getState().removeFromCart(41);
    expect(useCartStore.getState().items).toEqual([]);
  });

  test('an API refusal leaves the cart as it was and reaches the caller', async () => {
    useCartStore.setState({ items: cartItems([{ id: 41, product: mug, quantity: 3 }]) });
    mock.onPut('/cart/41').reply(400, { detail: 'Insufficient stock for Coffee Mug' });
    await expect(useCartStore.getState().updateCartItem(41, 9)).rejects.toBeTruthy();
    expect(useCartStore.getState().items[0]?.quantity).toBe(3);
    expect(useCartStore.getState().isLoading).toBe(false);
  });

  test('applies a discount code and shows its amount and the total it leaves', async () => {
    const lines = [{ id: 41, product: mug, quantity: 2 }];
    useCartStore.setState({ items: cartItems(lines) });
    mock.onPut('/cart/discount').reply(200, serverCart(lines, save10));
    await useCartStore.getState().applyDiscount('save10');
    expect(JSON.parse(String(mock.history.put[0]?.data))).toEqual({ code: 'save10' });
    const state = useCartStore.getState();
    expect(state.discount).toEqual({
      code: 'SAVE10',
      value: { kind: 'percentage', percent: 10 },
      min_subtotal_cents: null,
      applicable: true,
      reason: null,
    });
    expect(state.discountCents).toBe(260);
    expect(state.getSubtotal()).toBe(2598);
    expect(state.getTotal()).toBe(2338);
  });

  test('a code the API refuses leaves the cart as it was and its reason reaches the caller', async () => {
    useCartStore.setState({ items: cartItems([{ id: 41, product: mug, quantity: 1 }]) });
    mock.onPut('/cart/discount').reply(422, {
      detail: [
        {
          loc: ['body', 'code'],
          msg: 'This discount code has expired.',
          type: 'discount_expired',
        },
      ],
    });
    const error = await useCartStore
      .getState()
      .applyDiscount('OLD')
      .catch((caught: unknown) => caught);
    expect(toApiError(error).fieldErrors).toEqual({ code: 'This discount code has expired.' });
    expect(useCartStore.getState().discount).toBeNull();
    expect(useCartStore.getState().isLoading).toBe(false);
  });

  test('a code that no longer applies stays on the cart with its reason and takes nothing off', async () => {
    const lines = [{ id: 41, product: lamp, quantity: 1 }];
    const belowMinimum = {
      ...save10,
      kind: 'fixed' as const,
      value: 5,
      min_subtotal: 20,
      applicable: false,
      reason: 'Your cart is below the minimum of $20.00 for this code.',
    };
    mock.onDelete('/cart/41').reply(200, serverCart(lines, belowMinimum));
    await useCartStore.getState().removeFromCart(41);
    const state = useCartStore.getState();
    expect(state.discount).toMatchObject({
      value: { kind: 'fixed', amount_cents: 500 },
      min_subtotal_cents: 2000,
      applicable: false,
      reason: belowMinimum.reason,
    });
    expect(state.discountCents).toBe(0);
    expect(state.getTotal()).toBe(10);
  });

  test('removes the discount code', async () => {
    const lines = [{ id: 41, product: mug, quantity: 2 }];
    useCartStore.setState({ items: cartItems(lines), discountCents: 260 });
    mock.onDelete('/cart/discount').reply(200, serverCart(lines));
    await useCartStore.getState().removeDiscount();
    expect(mock.history.delete).toHaveLength(1);
    expect(useCartStore.getState().discount).toBeNull();
    expect(useCartStore.getState().getTotal()).toBe(2598);
  });

  test('signing out forgets the code with the server cart', async () => {
    mock.onGet('/cart').reply(200, serverCart([{ id: 41, product: mug, quantity: 2 }], save10));
    await useCartStore.getState().fetchCart();
    expect(useCartStore.getState().discountCents).toBe(260);
    useCartStore.getState().reset();
    expect(useCartStore.getState().discount).toBeNull();
    expect(useCartStore.getState().discountCents).toBe(0);
  });

  test('clearCart empties the server cart and keeps the code it still has', async () => {
    mock.onDelete('/cart').reply(204);
    mock.onGet('/cart').reply(200, serverCart([], { ...save10, amount: 0 }));
    useCartStore.setState({ items: cartItems([{ id: 41, product: mug, quantity: 1 }]) });
    await useCartStore.getState().clearCart();
    expect(useCartStore.getState().items).toEqual([]);
    expect(useCartStore.getState().discount?.code).toBe('SAVE10');
    expect(useCartStore.getState().discountCents).toBe(0);
  });

  test('merges the guest cart at sign-in and reports what was capped or skipped', async () => {
    guestCart.write([
      { product_id: mug.id, variant_id: null, variant: null, quantity: 5, product: mug },
      {
        product_id: 99,
        variant_id: null,
        variant: null,
        quantity: 1,
        product: { ...lamp, id: 99, name: 'Old Lamp' },
      },
    ]);
    mock.onPost('/cart/merge').reply(200, {
      ...serverCart([{ id: 50, product: mug, quantity: 3 }]),
      adjustments: [
        { product_id: mug.id, requested: 5, quantity: 3, reason: 'capped' },
        { product_id: 99, requested: 1, reason: 'unavailable' },
      ],
    });

    const outcome = await useCartStore.getState().mergeGuestCart();

    expect(JSON.parse(String(mock.history.post[0]?.data))).toEqual({
      items: [
        { product_id: 1, quantity: 5 },
        { product_id: 99, quantity: 1 },
      ],
    });
    expect(guestCart.read()).toEqual([]);
    expect(useCartStore.getState().items[0]?.quantity).toBe(3);
    const message = describeMerge(outcome);
    expect(message).toContain('Coffee Mug was limited to 3');
    expect(message).toContain('Old Lamp is no longer available');
  });

  test("merging sends each line's variant and words a capped variant line by its title", async () => {
    guestCart.write([
      {
        product_id: tee.id,
        variant_id: mediumRed.id,
        variant: mediumRed,
        quantity: 3,
        product: tee,
      },
    ]);
    mock.onPost('/cart/merge').reply(200, {
      ...serverCart([]),
      adjustments: [
        {
          product_id: tee.id,
          variant_id: mediumRed.id,
          requested: 3,
          quantity: 2,
          reason: 'capped',
        },
      ],
    });

    const outcome = await useCartStore.getState().mergeGuestCart();

    expect(JSON.parse(String(mock.history.post[0]?.data))).toEqual({
      items: [{ product_id: tee.id, variant_id: mediumRed.id, quantity: 3 }],
    });
    expect(describeMerge(outcome)).toContain('Tee (M / Red) was limited to 2');
  });

  test('adds a variant through the API with its variant id', async () => {
    mock.onPost('/cart').reply(201, serverCart([]));
    await useCartStore.getState().addToCart(tee, 1, mediumRed);
    expect(JSON.parse(String(mock.history.post[0]?.data))).toEqual({
      product_id: tee.id,
      variant_id: mediumRed.id,
      quantity: 1,
    });
  });

  test('with an empty guest cart, sign-in just loads the server cart', async () => {
    mock.onGet('/cart').reply(200, serverCart([{ id: 5, product: lamp, quantity: 1 }]));
    const outcome = await useCartStore.getState().mergeGuestCart();
    expect(outcome.adjustments).toEqual([]);
    expect(describeMerge(outcome)).toBeNull();
    expect(mock.history.post).toHaveLength(0);
    expect(useCartStore.getState().items).toHaveLength(1);
  });

  test('a failed merge keeps the guest cart for the next try', async () => {
    guestCart.write([
      { product_id: mug.id, variant_id: null, variant: null, quantity: 1, product: mug },
    ]);
    mock.onPost('/cart/merge').reply(503, { detail: 'unavailable' });
    await expect(useCartStore.getState().mergeGuestCart()).rejects.toBeTruthy();
    expect(guestCart.read()).toHaveLength(1);
  });
});

describe('cartStore while the session is being restored', () => {
  test('an add made before the session is known goes to the server cart, not the guest cart', async () => {
    tokenStorage.setAccessToken({ access_token: 'A' });
    useAuthStore.setState({ user: null, isAuthenticated: false, initialized: false });
    mock.onPost('/cart').reply(201, serverCart([{ id: 41, product: mug, quantity: 1 }]));

    const adding = useCartStore.getState().addToCart(mug, 1);
    await Promise.resolve();
    expect(mock.history.post).toHaveLength(0);
    useAuthStore.setState({ user, isAuthenticated: true, initialized: true });
    await adding;

    expect(mock.history.post).toHaveLength(1);
    expect(guestCart.read()).toEqual([]);
    expect(useCartStore.getState().items).toEqual(
      cartItems([{ id: 41, product: mug, quantity: 1 }]),
    );
  });

  test('a read started while an add is in flight never hides the added line', async () => {
    tokenStorage.setAccessToken({ access_token: 'A' });
    useAuthStore.setState({ user, isAuthenticated: true, initialized: true });
    let answerAdd: (cart: ReturnType<typeof serverCart>) => void = () => undefined;
    mock
      .onPost('/cart')
      .reply(() => new Promise((resolve) => (answerAdd = (cart) => resolve([201, cart]))));
    // The server may read the cart before the add is written: the read answers an empty cart.
    mock.onGet('/cart').reply(200, serverCart([]));

    const adding = useCartStore.getState().addToCart(mug, 1);
    await vi.waitFor(() => expect(mock.history.post).toHaveLength(1));
    await useCartStore.getState().fetchCart();
    answerAdd(serverCart([{ id: 41, product: mug, quantity: 1 }]));
    await adding;

    expect(useCartStore.getState().items).toEqual(
      cartItems([{ id: 41, product: mug, quantity: 1 }]),
    );
    expect(useCartStore.getState().isLoading).toBe(false);
  });

  test('a slow read started before an add never hides the added line', async () => {
    tokenStorage.setAccessToken({ access_token: 'A' });
    useAuthStore.setState({ user, isAuthenticated: true, initialized: true });
    let answerRead: (cart: ReturnType<typeof serverCart>) => void = () => undefined;
    mock
      .onGet('/cart')
      .reply(() => new Promise((resolve) => (answerRead = (cart) => resolve([200, cart]))));
    mock.onPost('/cart').reply(201, serverCart([{ id: 41, product: mug, quantity: 1 }]));

    const reading = useCartStore.getState().fetchCart();
    await useCartStore.getState().addToCart(mug, 1);
    expect(useCartStore.getState().isLoading).toBe(true);
    answerRead(serverCart([]));
    await reading;

    expect(useCartStore.getState().items).toEqual(
      cartItems([{ id: 41, product: mug, quantity: 1 }]),
    );
    expect(useCartStore.getState().isLoading).toBe(false);
  });
});

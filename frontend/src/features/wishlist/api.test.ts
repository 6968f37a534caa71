import MockAdapter from 'axios-mock-adapter';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  cancelAlert,
  isAlertSubscribed,
  listSavedIds,
  listWaitedProducts,
  listWishlist,
  saveProduct,
  subscribeAlert,
  unsaveProduct,
} from '@/features/wishlist/api';
import { wireWishlistItem } from '@/features/wishlist/test-wishlist';
import { apiClient } from '@/lib/api-client';
import { errorMessage } from '@/lib/api-error';
import { tokenStorage } from '@/lib/token-storage';

let mock: MockAdapter;

beforeEach(() => {
  mock = new MockAdapter(apiClient);
  tokenStorage.setAccessToken({ access_token: 'CUSTOMER' });
});

afterEach(() => {
  mock.restore();
});

describe('wishlist api', () => {
  test('reads a page of saved products with their prices in cents', async () => {
    mock.onGet('/wishlist', { params: { page: 2, size: 12 } }).reply(200, {
      items: [wireWishlistItem(3, { compare_at_price: '20.00', is_active: false })],
      total: 13,
      page: 2,
      size: 12,
      pages: 2,
    });

    const page = await listWishlist({ page: 2 });

    expect(page.total).toBe(13);
    expect(page.items[0]?.product).toMatchObject({
      id: 3,
      price_cents: 1299,
      compare_at_price_cents: 2000,
      is_active: false,
    });
  });

  test('reads the saved ids, saves and unsaves by product id', async () => {
    mock.onGet('/wishlist/ids').reply(200, { product_ids: [3, 17] });
    mock.onPost('/wishlist', { product_id: 5 }).reply(201, wireWishlistItem(5));
    mock.onDelete('/wishlist/5').reply(204);

    expect(await listSavedIds()).toEqual([3, 17]);
    expect((await saveProduct(5)).product_id).toBe(5);
    await unsaveProduct(5);
    expect(mock.history.delete).toHaveLength(1);
  });

  test('a malformed list of ids is an error, not hearts at random', async () => {
    mock.onGet('/wishlist/ids').reply(200, { product_ids: ['3'] });
    await expect(listSavedIds()).rejects.toMatchObject({ status: 502 });
  });
});

describe('stock alert api', () => {
  test('reads, asks for and cancels the alert of a product', async () => {
    mock.onGet('/products/9/stock-alert').reply(200, { subscribed: false });
    mock.onPost('/products/9/stock-alert').reply(201, { subscribed: true });
    mock.onDelete('/products/9/stock-alert').reply(204);

    expect(await isAlertSubscribed(9)).toBe(false);
    expect(await subscribeAlert(9)).toBe(true);
    await cancelAlert(9);
    expect(mock.history.delete).toHaveLength(1);
  });

  test("a variant's alert names the variant in the query", async () => {
    mock.onGet('/products/9/stock-alert', { params: { variant_id: 31 } }).reply(200, {
      subscribed: true,
    });
    mock.onDelete('/products/9/stock-alert').reply(204);

    expect(await isAlertSubscribed(9, 31)).toBe(true);
    await cancelAlert(9, 31);
    expect(mock.history.delete[0]?.params).toEqual({ variant_id: 31 });
  });

  test('an unverified address is refused with the API detail', async () => {
    mock
      .onPost('/products/9/stock-alert')
      .reply(403, { detail: 'Verify your email address to get stock alerts.' });
    const failure = await subscribeAlert(9).catch((error: unknown) => error);
    expect(errorMessage(failure)).toBe('Verify your email address to get stock alerts.');
  });

  test('the back office lists waited-for products keyed by product and variant', async () => {
    mock.onGet('/admin/stock-alerts', { params: { page: 1, size: 20 } }).reply(200, {
      items: [
        {
          product_id: 4,
          product_name: 'Desk Lamp',
          product_slug: 'desk-lamp',
          stock_quantity: 0,
          waiting: 3,
          oldest_at: '2026-12-01T09:00:00Z',
        },
        {
          product_id: 4,
          product_name: 'Tee',
          product_slug: 'tee',
          variant_id: 31,
          variant_title: 'M / Red',
          stock_quantity: 0,
          waiting: 1,
          oldest_at: '2026-12-01T09:00:00Z',
        },
      ],
      total: 2,
      page: 1,
      size: 20,
      pages: 1,
    });

    const page = await listWaitedProducts({ page: 1 });

    expect(page.items[0]).toMatchObject({
      id: '4',
      product_name: 'Desk Lamp',
      variant_title: null,
    });
    expect(page.items[1]).toMatchObject({ id: '4:31', variant_title: 'M / Red', waiting: 1 });
  });
});

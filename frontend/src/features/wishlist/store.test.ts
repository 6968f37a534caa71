import MockAdapter from 'axios-mock-adapter';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { useAuthStore } from '@/features/account/store';
import { customer, wireWishlistItem } from '@/features/wishlist/test-wishlist';
import { useWishlistStore } from '@/features/wishlist/store';
import { apiClient } from '@/lib/api-client';
import { errorMessage } from '@/lib/api-error';
import { tokenStorage } from '@/lib/token-storage';

let mock: MockAdapter;

function signIn() {
  tokenStorage.setAccessToken({ access_token: 'CUSTOMER' });
  useAuthStore.setState({ user: customer, isAuthenticated: true, initialized: true });
}

beforeEach(() => {
  mock = new MockAdapter(apiClient);
  useAuthStore.setState({ user: null, isAuthenticated: false, initialized: true });
  useWishlistStore.getState().reset();
});

afterEach(() => {
  mock.restore();
  tokenStorage.clear();
});

describe('wishlistStore', () => {
  test('a guest has no saved products and nothing is asked of the API', async () => {
    await useWishlistStore.getState().load();
    expect(useWishlistStore.getState()).toMatchObject({ savedIds: [], loaded: true });
    expect(mock.history.get).toHaveLength(0);
  });

  test('reads the saved ids once, however many hearts ask', async () => {
    signIn();
    mock.onGet('/wishlist/ids').reply(200, { product_ids: [3, 17] });

    await Promise.all([useWishlistStore.getState().load(), useWishlistStore.getState().load()]);
    await useWishlistStore.getState().load();

    expect(useWishlistStore.getState().savedIds).toEqual([3, 17]);
    expect(mock.history.get).toHaveLength(1);
  });

  test('toggle saves at once, then takes the product off again', async () => {
    signIn();
    mock.onPost('/wishlist').reply(201, wireWishlistItem(5));
    mock.onDelete('/wishlist/5').reply(204);

    const saving = useWishlistStore.getState().toggle(5);
    expect(useWishlistStore.getState().savedIds).toEqual([5]);
    await saving;
    await useWishlistStore.getState().toggle(5);

    expect(useWishlistStore.getState().savedIds).toEqual([]);
    expect(JSON.parse(String(mock.history.post[0]?.data))).toEqual({ product_id: 5 });
    expect(mock.history.delete).toHaveLength(1);
  });

  test('a refused save puts the heart back and throws the reason', async () => {
    signIn();
    useWishlistStore.setState({ savedIds: [3], loaded: true });
    mock.onPost('/wishlist').reply(409, { detail: 'Your wishlist is full (200 products).' });

    const failure = await useWishlistStore
      .getState()
      .toggle(5)
      .catch((error: unknown) => error);

    expect(errorMessage(failure)).toBe('Your wishlist is full (200 products).');

    expect(useWishlistStore.getState().savedIds).toEqual([3]);
  });

  test('a refused removal keeps the product saved', async () => {
    signIn();
    useWishlistStore.setState({ savedIds: [3], loaded: true });
    mock.onDelete('/wishlist/3').networkError();

    await expect(useWishlistStore.getState().toggle(3)).rejects.toThrow();

    expect(useWishlistStore.getState().savedIds).toEqual([3]);
  });

  test('signing out forgets the saved ids, and a late answer for the old user is dropped', async () => {
    signIn();
    let answer: (ids: number[]) => void = () => undefined;
    mock
      .onGet('/wishlist/ids')
      .reply(
        () => new Promise((resolve) => (answer = (ids) => resolve([200, { product_ids: ids }]))),
      );
    const loading = useWishlistStore.getState().load();
    await new Promise((resolve) => setTimeout(resolve, 0));

    useAuthStore.setState({ user: null, isAuthenticated: false });
    answer([3]);
    await loading;

    expect(useWishlistStore.getState()).toMatchObject({ savedIds: [], loaded: false });
  });
});

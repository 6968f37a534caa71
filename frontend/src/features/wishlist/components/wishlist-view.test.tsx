import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { useAuthStore } from '@/features/account/store';
import { WishlistView } from '@/features/wishlist/components/wishlist-view';
import { useWishlistStore } from '@/features/wishlist/store';
import { customer } from '@/features/wishlist/test-wishlist';
import type { WishlistItem } from '@/features/wishlist/types';

const mocks = vi.hoisted(() => ({
  search: '',
  listWishlist: vi.fn(),
  listSavedIds: vi.fn(),
  unsaveProduct: vi.fn(),
  push: vi.fn(),
}));
vi.mock('@/features/wishlist/api', () => ({
  listWishlist: mocks.listWishlist,
  listSavedIds: mocks.listSavedIds,
  unsaveProduct: mocks.unsaveProduct,
}));
vi.mock('next/navigation', () => ({
  usePathname: () => '/account/wishlist',
  useSearchParams: () => new URLSearchParams(mocks.search),
  useRouter: () => ({ push: mocks.push, replace: mocks.push }),
}));

function saved(productId: number): WishlistItem {
  return {
    product_id: productId,
    created_at: '2026-12-01T09:00:00Z',
    product: {
      id: productId,
      name: `Product ${productId}`,
      slug: `product-${productId}`,
      price_cents: 1299,
      compare_at_price_cents: null,
      image_url: null,
      stock_quantity: 3,
      is_active: true,
      has_variants: false,
    },
  };
}

function pageOf(items: WishlistItem[], page: number, total: number) {
  return { items, total, page, size: 12, pages: Math.ceil(total / 12) };
}

beforeEach(() => {
  vi.clearAllMocks();
  useWishlistStore.getState().reset();
  useAuthStore.setState({ user: customer, isAuthenticated: true, initialized: true });
  mocks.listSavedIds.mockResolvedValue([]);
  mocks.unsaveProduct.mockResolvedValue(undefined);
});

describe('WishlistView', () => {
  test('removing the last product of a later page goes back to the page before', async () => {
    mocks.search = 'page=2';
    mocks.listWishlist.mockResolvedValue(pageOf([saved(13)], 2, 13));
    render(<WishlistView />);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Remove Product 13 from your wishlist' }),
    );
    await waitFor(() => expect(mocks.push).toHaveBeenCalledWith('/account/wishlist'));
  });

  test('a product with variants links to its page to choose them instead of adding to the cart', async () => {
    mocks.search = '';
    const tee = saved(4);
    mocks.listWishlist.mockResolvedValue(
      pageOf([{ ...tee, product: { ...tee.product, has_variants: true } }], 1, 1),
    );
    render(<WishlistView />);
    expect(
      await screen.findByRole('link', { name: 'Choose options for Product 4' }),
    ).toHaveAttribute('href', '/products/product-4');
    expect(screen.queryByRole('button', { name: 'Add to cart' })).not.toBeInTheDocument();
  });

  test('removing one of several reloads the same page', async () => {
    mocks.search = '';
    mocks.listWishlist.mockResolvedValue(pageOf([saved(1), saved(2)], 1, 2));
    render(<WishlistView />);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Remove Product 1 from your wishlist' }),
    );
    await waitFor(() => expect(mocks.listWishlist).toHaveBeenCalledTimes(2));
    expect(mocks.push).not.toHaveBeenCalled();
  });
});

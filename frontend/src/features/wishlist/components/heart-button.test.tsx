import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { useAuthStore } from '@/features/account/store';
import { HeartButton } from '@/features/wishlist/components/heart-button';
import { useWishlistStore } from '@/features/wishlist/store';
import { customer } from '@/features/wishlist/test-wishlist';
import { ApiError } from '@/lib/api-error';

const mocks = vi.hoisted(() => ({
  listSavedIds: vi.fn(),
  saveProduct: vi.fn(),
  unsaveProduct: vi.fn(),
  push: vi.fn(),
  toastError: vi.fn(),
}));
vi.mock('@/features/wishlist/api', () => ({
  listSavedIds: mocks.listSavedIds,
  saveProduct: mocks.saveProduct,
  unsaveProduct: mocks.unsaveProduct,
}));
vi.mock('next/navigation', () => ({ useRouter: () => ({ push: mocks.push }) }));
vi.mock('react-hot-toast', () => ({ default: { error: mocks.toastError } }));

beforeEach(() => {
  useWishlistStore.getState().reset();
  useAuthStore.setState({ user: null, isAuthenticated: false, initialized: true });
});

function signIn() {
  useAuthStore.setState({ user: customer, isAuthenticated: true, initialized: true });
}

describe('HeartButton', () => {
  test('shows a saved product as pressed, read from the saved ids once signed in', async () => {
    signIn();
    mocks.listSavedIds.mockResolvedValue([3]);
    render(<HeartButton productId={3} productName="Desk Lamp" />);

    const heart = await screen.findByRole('button', {
      name: 'Remove Desk Lamp from your wishlist',
    });
    expect(heart).toHaveAttribute('aria-pressed', 'true');
  });

  test('saves the product on click', async () => {
    signIn();
    mocks.listSavedIds.mockResolvedValue([]);
    mocks.saveProduct.mockResolvedValue(undefined);
    render(<HeartButton productId={3} productName="Desk Lamp" />);
    await waitFor(() => expect(useWishlistStore.getState().loaded).toBe(true));

    await userEvent.click(screen.getByRole('button', { name: 'Save Desk Lamp to your wishlist' }));

    expect(mocks.saveProduct).toHaveBeenCalledWith(3);
    expect(
      screen.getByRole('button', { name: 'Remove Desk Lamp from your wishlist' }),
    ).toHaveAttribute('aria-pressed', 'true');
  });

  test('a refused save is undone and its reason shown', async () => {
    signIn();
    mocks.listSavedIds.mockResolvedValue([]);
    mocks.saveProduct.mockRejectedValue(new ApiError(409, 'Your wishlist is full.'));
    render(<HeartButton productId={3} productName="Desk Lamp" />);
    await waitFor(() => expect(useWishlistStore.getState().loaded).toBe(true));

    await userEvent.click(screen.getByRole('button', { name: 'Save Desk Lamp to your wishlist' }));

    expect(mocks.toastError).toHaveBeenCalledWith('Your wishlist is full.');
    expect(screen.getByRole('button', { name: 'Save Desk Lamp to your wishlist' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  test('a guest is sent to sign in and brought back', async () => {
    window.history.pushState({}, '', '/products?page=2');
    render(<HeartButton productId={3} productName="Desk Lamp" />);

    await userEvent.click(screen.getByRole('button', { name: 'Save Desk Lamp to your wishlist' }));

    expect(mocks.push).toHaveBeenCalledWith(
      `/login?next=${encodeURIComponent('/products?page=2')}`,
    );
    expect(mocks.saveProduct).not.toHaveBeenCalled();
    expect(mocks.listSavedIds).not.toHaveBeenCalled();
  });
});

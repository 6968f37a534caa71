import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { useAuthStore } from '@/features/account/store';
import { StockAlert } from '@/features/wishlist/components/stock-alert';
import { customer } from '@/features/wishlist/test-wishlist';
import { ApiError } from '@/lib/api-error';

const mocks = vi.hoisted(() => ({
  isAlertSubscribed: vi.fn(),
  subscribeAlert: vi.fn(),
  cancelAlert: vi.fn(),
  toastError: vi.fn(),
}));
vi.mock('@/features/wishlist/api', () => ({
  isAlertSubscribed: mocks.isAlertSubscribed,
  subscribeAlert: mocks.subscribeAlert,
  cancelAlert: mocks.cancelAlert,
}));
vi.mock('next/navigation', () => ({ usePathname: () => '/products/desk-lamp' }));
vi.mock('react-hot-toast', () => ({ default: { error: mocks.toastError } }));

beforeEach(() => {
  useAuthStore.setState({ user: customer, isAuthenticated: true, initialized: true });
});

describe('StockAlert', () => {
  test('asks for the email, then offers to cancel it', async () => {
    mocks.isAlertSubscribed.mockResolvedValue(false);
    mocks.subscribeAlert.mockResolvedValue(true);
    mocks.cancelAlert.mockResolvedValue(undefined);
    render(<StockAlert productId={9} />);

    await userEvent.click(await screen.findByRole('button', { name: "Email me when it's back" }));
    expect(mocks.subscribeAlert).toHaveBeenCalledWith(9, null);
    expect(screen.getByText("We'll email you when it's back")).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Cancel alert' }));
    expect(mocks.cancelAlert).toHaveBeenCalledWith(9, null);
    expect(screen.getByRole('button', { name: "Email me when it's back" })).toBeInTheDocument();
  });

  test('shows a subscription made earlier', async () => {
    mocks.isAlertSubscribed.mockResolvedValue(true);
    render(<StockAlert productId={9} />);

    expect(await screen.findByText("We'll email you when it's back")).toBeInTheDocument();
    expect(mocks.isAlertSubscribed).toHaveBeenCalledWith(9, null);
  });

  test('for a variant, asks about and subscribes to that variant', async () => {
    mocks.isAlertSubscribed.mockResolvedValue(false);
    mocks.subscribeAlert.mockResolvedValue(true);
    render(<StockAlert productId={9} variantId={31} />);

    await userEvent.click(await screen.findByRole('button', { name: "Email me when it's back" }));
    expect(mocks.isAlertSubscribed).toHaveBeenCalledWith(9, 31);
    expect(mocks.subscribeAlert).toHaveBeenCalledWith(9, 31);
  });

  test('an unverified address is told why, and nothing changes', async () => {
    mocks.isAlertSubscribed.mockResolvedValue(false);
    mocks.subscribeAlert.mockRejectedValue(
      new ApiError(403, 'Verify your email address to get stock alerts.'),
    );
    render(<StockAlert productId={9} />);

    await userEvent.click(await screen.findByRole('button', { name: "Email me when it's back" }));

    expect(mocks.toastError).toHaveBeenCalledWith('Verify your email address to get stock alerts.');
    expect(screen.getByRole('button', { name: "Email me when it's back" })).toBeInTheDocument();
  });

  test('a guest is asked to sign in and brought back to the product', () => {
    useAuthStore.setState({ user: null, isAuthenticated: false, initialized: true });
    render(<StockAlert productId={9} />);

    expect(
      screen.getByRole('link', { name: "Sign in to get an email when it's back" }),
    ).toHaveAttribute('href', `/login?next=${encodeURIComponent('/products/desk-lamp')}`);
    expect(mocks.isAlertSubscribed).not.toHaveBeenCalled();
  });
});

import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { AccountPage } from '@/features/account/components/account-page';
import { useAuthStore } from '@/features/account/store';

const replace = vi.fn();
vi.mock('next/navigation', () => ({ useRouter: () => ({ replace }) }));

beforeEach(() => {
  replace.mockReset();
  useAuthStore.setState({ signingOut: false });
});

function signIn() {
  useAuthStore.setState({
    user: {
      id: 2,
      email: 'ada@example.com',
      full_name: 'Ada Lovelace',
      role: 'customer',
      is_active: true,
      is_verified: true,
      created_at: '2026-12-01T10:00:00Z',
      updated_at: '2026-12-01T10:00:00Z',
    },
    isAuthenticated: true,
    initialized: true,
  });
}

describe('AccountPage', () => {
  test('links back to the account after saying what the page is for', () => {
    signIn();
    render(
      <AccountPage title="Wishlist" intro="Products you saved for later.">
        <p>The wishlist</p>
      </AccountPage>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Wishlist' })).toBeInTheDocument();
    expect(screen.getByText(/Products you saved for later\./)).toHaveTextContent(
      'Products you saved for later. Back to your account',
    );
    expect(screen.getByRole('link', { name: 'Back to your account' })).toHaveAttribute(
      'href',
      '/account',
    );
    expect(screen.getByText('The wishlist')).toBeInTheDocument();
  });

  test('separates the links it is given with dots', () => {
    signIn();
    render(
      <AccountPage
        title="Your account"
        intro="Manage your details."
        links={[
          { href: '/orders', label: 'See your orders' },
          { href: '/account/addresses', label: 'Manage your addresses' },
        ]}
      >
        <p>Settings</p>
      </AccountPage>,
    );
    expect(screen.getByText(/Manage your details\./)).toHaveTextContent(
      'Manage your details. See your orders · Manage your addresses',
    );
  });

  test('shows its content only to a signed-in customer and sends anyone else to sign in', () => {
    useAuthStore.setState({ user: null, isAuthenticated: false, initialized: true });
    render(
      <AccountPage title="Wishlist" intro="Products you saved for later.">
        <p>The wishlist</p>
      </AccountPage>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Wishlist' })).toBeInTheDocument();
    expect(screen.queryByText('The wishlist')).not.toBeInTheDocument();
    expect(replace).toHaveBeenCalledWith(expect.stringMatching(/^\/login\?next=/));
  });

  test('waits for the next page instead of sending a customer who signs out to sign in', () => {
    useAuthStore.setState({
      user: null,
      isAuthenticated: false,
      initialized: true,
      signingOut: true,
    });
    render(
      <AccountPage title="Your account" intro="Manage your details.">
        <p>Settings</p>
      </AccountPage>,
    );
    expect(screen.queryByText('Settings')).not.toBeInTheDocument();
    expect(replace).not.toHaveBeenCalled();
  });
});

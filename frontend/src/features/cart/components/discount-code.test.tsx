import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { useAuthStore } from '@/features/account/store';
import { DiscountCode } from '@/features/cart/components/discount-code';
import { useCartStore } from '@/features/cart/store';
import type { Cart, CartDiscount } from '@/features/cart/types';
import { ApiError } from '@/lib/api-error';

const api = vi.hoisted(() => ({ applyDiscount: vi.fn(), removeDiscount: vi.fn() }));
vi.mock('@/features/cart/api', () => api);
vi.mock('react-hot-toast', () => ({ default: { success: vi.fn(), error: vi.fn() } }));

const save10: CartDiscount = {
  code: 'SAVE10',
  value: { kind: 'percentage', percent: 10 },
  min_subtotal_cents: null,
  applicable: true,
  reason: null,
};

function cartWith(discount: CartDiscount | null, discountCents = 0): Cart {
  return {
    items: [],
    total_items: 0,
    subtotal_cents: 0,
    discount,
    discount_amount_cents: discountCents,
    total_cents: 0,
  };
}

function signIn() {
  useAuthStore.setState({
    user: {
      id: 2,
      email: 'ada@example.com',
      full_name: 'Ada',
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

beforeEach(() => {
  api.applyDiscount.mockReset();
  api.removeDiscount.mockReset();
  useAuthStore.setState({ user: null, isAuthenticated: false, initialized: true });
  useCartStore.setState({ items: [], discount: null, discountCents: 0, loaded: true });
});

describe('the cart’s discount code', () => {
  test('a guest is asked to sign in and comes back to the cart', () => {
    render(<DiscountCode />);
    expect(screen.getByRole('link', { name: 'Sign in to use a discount code' })).toHaveAttribute(
      'href',
      '/login?next=%2Fcart',
    );
    expect(screen.queryByLabelText('Discount code')).not.toBeInTheDocument();
  });

  test('applies the code typed and then shows it with a way to remove it', async () => {
    signIn();
    api.applyDiscount.mockResolvedValue(cartWith(save10, 260));
    const user = userEvent.setup();
    render(<DiscountCode />);
    await user.type(screen.getByLabelText('Discount code'), ' save10 ');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(api.applyDiscount).toHaveBeenCalledWith('save10');
    expect(await screen.findByTestId('applied-discount')).toHaveTextContent('SAVE10 (10 % off)');
    expect(screen.queryByLabelText('Discount code')).not.toBeInTheDocument();
    expect(useCartStore.getState().discountCents).toBe(260);
  });

  test('the reason a code is refused shows under the field', async () => {
    signIn();
    api.applyDiscount.mockRejectedValue(
      new ApiError(422, 'Code: This discount code is not valid.', {
        code: 'This discount code is not valid.',
      }),
    );
    const user = userEvent.setup();
    render(<DiscountCode />);
    await user.type(screen.getByLabelText('Discount code'), 'NOPE');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(await screen.findByText('This discount code is not valid.')).toBeVisible();
    expect(screen.getByLabelText('Discount code')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  test('asks for a code before calling the API', async () => {
    signIn();
    const user = userEvent.setup();
    render(<DiscountCode />);
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(await screen.findByText('Enter a discount code.')).toBeVisible();
    expect(api.applyDiscount).not.toHaveBeenCalled();
  });

  test('a code that no longer applies shows why, and can be removed', async () => {
    signIn();
    const reason = 'This discount code has expired.';
    useCartStore.setState({ discount: { ...save10, applicable: false, reason } });
    api.removeDiscount.mockResolvedValue(cartWith(null));
    const user = userEvent.setup();
    render(<DiscountCode />);
    expect(screen.getByRole('status')).toHaveTextContent(reason);
    await user.click(screen.getByRole('button', { name: 'Remove discount code SAVE10' }));
    await waitFor(() => expect(screen.getByLabelText('Discount code')).toBeInTheDocument());
    expect(api.removeDiscount).toHaveBeenCalled();
  });
});

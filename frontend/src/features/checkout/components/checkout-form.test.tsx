import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { useAuthStore } from '@/features/account/store';
import { testAddress, typeAddressLines } from '@/features/addresses/test-address';
import type { Address } from '@/features/addresses/types';
import { useCartStore } from '@/features/cart/store';
import type { CartDiscount } from '@/features/cart/types';
import { CheckoutForm } from '@/features/checkout/components/checkout-form';
import { ApiError } from '@/lib/api-error';

const mocks = vi.hoisted(() => ({
  listAddresses: vi.fn(),
  createAddress: vi.fn(),
  placeOrder: vi.fn(),
  getCart: vi.fn(),
  push: vi.fn(),
  toastError: vi.fn(),
}));
vi.mock('@/features/addresses/api', () => ({
  listAddresses: mocks.listAddresses,
  createAddress: mocks.createAddress,
}));
vi.mock('@/features/checkout/api', () => ({ placeOrder: mocks.placeOrder }));
vi.mock('@/features/cart/api', () => ({ getCart: mocks.getCart }));
vi.mock('next/navigation', () => ({ useRouter: () => ({ push: mocks.push }) }));
vi.mock('react-hot-toast', () => ({ default: { success: vi.fn(), error: mocks.toastError } }));

const work = testAddress({ id: 7, label: 'Work', address: '1 Navy Yard', city: 'Arlington' });
const home = testAddress({ id: 3, label: 'Home', phone: '+44 20 7946 0000', is_default: true });

const harbour = {
  street: '1 Harbour Street',
  city: 'Springfield',
  postalCode: '12345',
  country: 'United States',
};

function book(items: Address[]) {
  return { items, total: items.length, page: 1, size: 20, pages: items.length > 0 ? 1 : 0 };
}

beforeEach(() => {
  for (const mock of Object.values(mocks)) mock.mockReset();
  mocks.placeOrder.mockResolvedValue({ id: 41, order_number: 'ORD-41' });
  useAuthStore.setState({
    user: {
      id: 2,
      email: 'ada@example.com',
      full_name: 'Augusta Ada King',
      role: 'customer',
      is_active: true,
      is_verified: true,
      created_at: '2026-12-01T10:00:00Z',
      updated_at: '2026-12-01T10:00:00Z',
    },
    isAuthenticated: true,
    initialized: true,
  });
  useCartStore.setState({
    loaded: true,
    discount: null,
    discountCents: 0,
    items: [
      {
        id: 11,
        product_id: 5,
        variant_id: null,
        variant: null,
        quantity: 1,
        line_total_cents: 1999,
        product: {
          id: 5,
          name: 'Lamp',
          slug: 'lamp',
          price_cents: 1999,
          image_url: null,
          stock_quantity: 4,
        },
      },
    ],
  });
});

describe('checkout with an address book', () => {
  test('preselects the default address and fills the contact and shipping fields with it', async () => {
    mocks.listAddresses.mockResolvedValue(book([home, work]));
    render(<CheckoutForm />);
    const select = await screen.findByLabelText('Saved address');
    await waitFor(() => expect(select).toHaveValue('3'));
    expect(screen.getByLabelText('Full name')).toHaveValue('Ada Lovelace');
    expect(screen.getByLabelText('Phone')).toHaveValue('+44 20 7946 0000');
    expect(screen.getByLabelText('Street address')).toHaveValue('12 St James Square');
    expect(screen.getByLabelText('City')).toHaveValue('London');
    expect(screen.getByLabelText('Postal code')).toHaveValue('SW1Y 4JH');
    expect(screen.getByLabelText('Country')).toHaveValue('United Kingdom');
    expect(screen.getByLabelText('Email')).toHaveValue('ada@example.com');
    expect(screen.queryByLabelText(/Save this address/)).not.toBeInTheDocument();
  });

  test('fills the picked address, and "A new address" gives back a fresh checkout', async () => {
    mocks.listAddresses.mockResolvedValue(book([home, work]));
    const user = userEvent.setup();
    render(<CheckoutForm />);
    const select = await screen.findByLabelText('Saved address');
    await user.selectOptions(select, 'Work: 1 Navy Yard, Arlington');
    expect(screen.getByLabelText('Street address')).toHaveValue('1 Navy Yard');
    expect(screen.getByLabelText('Phone')).toHaveValue('');

    await user.selectOptions(select, 'A new address');
    expect(screen.getByLabelText('Street address')).toHaveValue('');
    expect(screen.getByLabelText('City')).toHaveValue('');
    expect(screen.getByLabelText('Full name')).toHaveValue('Augusta Ada King');
    expect(screen.getByLabelText('Save this address to my address book')).not.toBeChecked();
  });

  test('places the order with the saved address', async () => {
    mocks.listAddresses.mockResolvedValue(book([home]));
    const user = userEvent.setup();
    render(<CheckoutForm />);
    await screen.findByLabelText('Saved address');
    await user.click(screen.getByRole('button', { name: 'Place order' }));
    await waitFor(() => expect(mocks.push).toHaveBeenCalledWith('/orders/41/confirmation'));
    expect(mocks.placeOrder.mock.calls[0]?.[0]).toMatchObject({
      customer_name: 'Ada Lovelace',
      customer_phone: '+44 20 7946 0000',
      shipping_address: '12 St James Square',
      shipping_country: 'United Kingdom',
    });
    expect(mocks.createAddress).not.toHaveBeenCalled();
  });

  test('fills the default in even when the cart arrives after the addresses', async () => {
    useCartStore.setState({ loaded: false });
    mocks.listAddresses.mockResolvedValue(book([home]));
    render(<CheckoutForm />);
    await waitFor(() => expect(mocks.listAddresses).toHaveBeenCalled());
    await act(async () => {
      await Promise.resolve();
    });
    act(() => useCartStore.setState({ loaded: true }));
    expect(await screen.findByLabelText('Street address')).toHaveValue('12 St James Square');
  });

  test('saves a new address after the order when asked to', async () => {
    mocks.listAddresses.mockResolvedValue(book([]));
    mocks.createAddress.mockResolvedValue(testAddress({ id: 9 }));
    const user = userEvent.setup();
    render(<CheckoutForm />);
    await user.click(await screen.findByLabelText('Save this address to my address book'));
    expect(screen.queryByLabelText('Saved address')).not.toBeInTheDocument();
    await typeAddressLines(user, harbour);
    await user.click(screen.getByRole('button', { name: 'Place order' }));
    await waitFor(() => expect(mocks.push).toHaveBeenCalledWith('/orders/41/confirmation'));
    expect(mocks.createAddress).toHaveBeenCalledWith({
      recipient_name: 'Augusta Ada King',
      address: '1 Harbour Street',
      city: 'Springfield',
      postal_code: '12345',
      country: 'United States',
    });
  });

  test('a failed save is a toast and the order stands', async () => {
    mocks.listAddresses.mockResolvedValue(book([]));
    mocks.createAddress.mockRejectedValue(new ApiError(409, 'You can keep at most 20 addresses.'));
    const user = userEvent.setup();
    render(<CheckoutForm />);
    await user.click(await screen.findByLabelText('Save this address to my address book'));
    await typeAddressLines(user, harbour);
    await user.click(screen.getByRole('button', { name: 'Place order' }));
    await waitFor(() => expect(mocks.push).toHaveBeenCalledWith('/orders/41/confirmation'));
    expect(mocks.toastError).toHaveBeenCalledWith(
      expect.stringContaining('You can keep at most 20 addresses.'),
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  test('without a readable address book it is the plain checkout', async () => {
    mocks.listAddresses.mockRejectedValue(new ApiError(500, 'Down'));
    render(<CheckoutForm />);
    await waitFor(() => expect(mocks.listAddresses).toHaveBeenCalled());
    expect(screen.getByLabelText('Full name')).toHaveValue('Augusta Ada King');
    expect(screen.queryByLabelText('Saved address')).not.toBeInTheDocument();
    expect(screen.queryByLabelText(/Save this address/)).not.toBeInTheDocument();
  });
});

describe('checkout with a discount code', () => {
  const save10: CartDiscount = {
    code: 'SAVE10',
    value: { kind: 'percentage', percent: 10 },
    min_subtotal_cents: null,
    applicable: true,
    reason: null,
  };

  test('the summary shows the subtotal, the discount with its code and the total', async () => {
    mocks.listAddresses.mockResolvedValue(book([]));
    useCartStore.setState({ discount: save10, discountCents: 200 });
    render(<CheckoutForm />);
    expect(await screen.findByTestId('checkout-subtotal')).toHaveTextContent('$19.99');
    expect(screen.getByText('Discount (SAVE10)')).toBeVisible();
    expect(screen.getByTestId('checkout-discount')).toHaveTextContent('−$2.00');
    expect(screen.getByTestId('checkout-total')).toHaveTextContent('$17.99');
  });

  test('a code that no longer applies (409) is shown above the form and the cart is read again', async () => {
    mocks.listAddresses.mockResolvedValue(book([home]));
    const reason = 'The discount code SAVE10 can no longer be used: it has been used up.';
    useCartStore.setState({ discount: save10, discountCents: 200 });
    mocks.placeOrder.mockRejectedValue(new ApiError(409, `${reason} Remove it from your cart.`));
    mocks.getCart.mockResolvedValue({
      items: useCartStore.getState().items,
      total_items: 1,
      subtotal_cents: 1999,
      discount: { ...save10, applicable: false, reason },
      discount_amount_cents: 0,
      total_cents: 1999,
    });
    const user = userEvent.setup();
    render(<CheckoutForm />);
    await screen.findByLabelText('Saved address');
    await user.click(screen.getByRole('button', { name: 'Place order' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(reason);
    expect(await screen.findByRole('status')).toHaveTextContent(reason);
    expect(screen.getByTestId('checkout-total')).toHaveTextContent('$19.99');
    expect(screen.queryByTestId('checkout-discount')).not.toBeInTheDocument();
    expect(mocks.push).not.toHaveBeenCalled();
  });
});

import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { useAuthStore } from '@/features/account/store';
import { useCartStore } from '@/features/cart/store';
import { testCartVariant } from '@/features/cart/test-cart';
import { VariantPicker } from '@/features/catalog/components/variant-picker';
import { testVariant } from '@/features/catalog/test-product';

const mocks = vi.hoisted(() => ({ addToCart: vi.fn(), isAlertSubscribed: vi.fn() }));
vi.mock('next/navigation', () => ({ usePathname: () => '/products/tee' }));
vi.mock('react-hot-toast', () => ({ default: { success: vi.fn(), error: vi.fn() } }));
vi.mock('@/features/wishlist/api', () => ({
  isAlertSubscribed: mocks.isAlertSubscribed,
  subscribeAlert: vi.fn(),
  cancelAlert: vi.fn(),
}));

const tee = {
  id: 3,
  name: 'Tee',
  slug: 'tee',
  price_cents: 2000,
  image_url: null,
  stock_quantity: 12,
};
const options = [
  { name: 'Size', values: ['S', 'M', 'L'] },
  { name: 'Colour', values: ['Red', 'Blue'] },
];
// L / Blue is not sold; M / Red is sold out; S / Blue costs more and is on sale.
const variants = [
  testVariant(1, ['S', 'Red'], 9),
  testVariant(2, ['S', 'Blue'], 3, { price: 24, compare_at_price: 30 }),
  testVariant(3, ['M', 'Red'], 0),
  testVariant(4, ['M', 'Blue'], 7),
  testVariant(5, ['L', 'Red'], 2),
];

function renderPicker() {
  render(
    <VariantPicker product={tee} compareAtCents={null} options={options} variants={variants} />,
  );
}

beforeEach(() => {
  mocks.addToCart.mockReset().mockResolvedValue(undefined);
  mocks.isAlertSubscribed.mockReset().mockResolvedValue(false);
  useCartStore.setState({ items: [], addToCart: mocks.addToCart });
  useAuthStore.setState({ user: null, isAuthenticated: false, initialized: true });
});

describe('VariantPicker', () => {
  test('opens on the first variant in stock, with its price, stock and SKU', () => {
    renderPicker();
    const size = screen.getByRole('group', { name: /Size/ });
    expect(within(size).getByRole('radio', { name: 'S' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Red' })).toBeChecked();
    const summary = screen.getByTestId('variant-summary');
    expect(summary).toHaveAttribute('aria-live', 'polite');
    expect(summary).toHaveTextContent('$20.00');
    expect(summary).toHaveTextContent('In stock');
    expect(summary).toHaveTextContent('SKU TEE-S-Red');
  });

  test('marks a sold-out combination and disables one that is not sold', async () => {
    renderPicker();
    expect(screen.getByRole('radio', { name: 'M (sold out)' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await userEvent.click(screen.getByRole('radio', { name: 'Blue' }));
    expect(screen.getByRole('radio', { name: 'L (not available)' })).toBeDisabled();
    expect(screen.getByRole('radio', { name: 'M' })).not.toHaveAttribute('aria-disabled');
  });

  test('choosing another value shows that variant and adds it to the cart', async () => {
    renderPicker();
    await userEvent.click(screen.getByRole('radio', { name: 'Blue' }));
    const summary = screen.getByTestId('variant-summary');
    expect(summary).toHaveTextContent('$24.00');
    expect(summary).toHaveTextContent('$30.00');
    expect(summary).toHaveTextContent('Only 3 left');

    await userEvent.click(screen.getByRole('button', { name: 'Add to cart' }));

    expect(mocks.addToCart).toHaveBeenCalledWith(
      { ...tee, price_cents: 2400, stock_quantity: 3 },
      1,
      testCartVariant(2, 'TEE-S-Blue', [
        ['Size', 'S'],
        ['Colour', 'Blue'],
      ]),
    );
  });

  test('a sold-out variant chosen says so and offers the back-in-stock alert', async () => {
    renderPicker();
    await userEvent.click(screen.getByRole('radio', { name: 'M (sold out)' }));
    expect(screen.getByTestId('variant-summary')).toHaveTextContent('Sold out');
    expect(screen.getByRole('button', { name: 'Sold out' })).toBeDisabled();
    expect(screen.getByTestId('stock-alert')).toBeInTheDocument();
  });

  test('Add to cart waits until every option is chosen', () => {
    render(<VariantPicker product={tee} compareAtCents={null} options={options} variants={[]} />);
    expect(screen.getByRole('button', { name: 'Add to cart' })).toBeDisabled();
    expect(screen.getByTestId('variant-summary')).toHaveTextContent('Choose Size and Colour.');
  });
});

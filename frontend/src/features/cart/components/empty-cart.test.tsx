import { render, screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { EmptyCart } from '@/features/cart/components/empty-cart';

describe('EmptyCart', () => {
  test('says the cart is empty and links back to the products', () => {
    render(<EmptyCart shopLabel="Start shopping">Products you add will appear here.</EmptyCart>);
    expect(screen.getByText('Your cart is empty')).toBeInTheDocument();
    expect(screen.getByText('Products you add will appear here.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Start shopping' })).toHaveAttribute(
      'href',
      '/products',
    );
  });
});

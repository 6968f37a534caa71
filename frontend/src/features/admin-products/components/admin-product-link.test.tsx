import { render, screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { AdminProductLink } from '@/features/admin-products/components/admin-product-link';

describe('AdminProductLink', () => {
  test('names the product and opens its back-office page', () => {
    render(<AdminProductLink id={7} name="Brass lamp" />);
    expect(screen.getByRole('link', { name: 'Brass lamp' })).toHaveAttribute(
      'href',
      '/admin/products/7',
    );
  });
});

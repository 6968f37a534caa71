import { render, screen } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { ProductCard } from '@/features/catalog/components/product-card';
import { testProduct } from '@/features/catalog/test-product';

vi.mock('next/navigation', () => ({ useRouter: () => ({ push: vi.fn() }) }));

describe('ProductCard', () => {
  test('a product with variants offers to choose its options on its page', () => {
    render(<ProductCard product={testProduct({ name: 'Tee', slug: 'tee', has_variants: true })} />);
    expect(screen.getByRole('link', { name: 'Choose options for Tee' })).toHaveAttribute(
      'href',
      '/products/tee',
    );
  });

  test('a plain product has no options to choose', () => {
    render(<ProductCard product={testProduct()} />);
    expect(screen.queryByText('Choose options')).not.toBeInTheDocument();
  });
});

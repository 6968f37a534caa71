import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { ProductForm } from '@/features/admin-products/components/product-form';
import type { AdminProduct } from '@/features/admin-products/types';
import { testProduct } from '@/features/catalog/test-product';

const mocks = vi.hoisted(() => ({ listCategories: vi.fn(), updateProduct: vi.fn() }));
vi.mock('next/navigation', () => ({ useRouter: () => ({ push: vi.fn() }) }));
vi.mock('@/features/admin-categories/api', () => ({ listCategories: mocks.listCategories }));
vi.mock('@/features/admin-products/api', () => ({
  createProduct: vi.fn(),
  updateProduct: mocks.updateProduct,
}));

const product: AdminProduct = {
  ...testProduct({ name: 'Tee', sku: 'TEE', stock_quantity: 5 }),
  cost_per_item_cents: null,
};

beforeEach(() => {
  vi.clearAllMocks();
  mocks.listCategories.mockResolvedValue([]);
});

describe('ProductForm', () => {
  test('takes the stock saved with the variants and keeps the other edits in progress', async () => {
    const { rerender } = render(<ProductForm product={product} />);
    const name = await screen.findByLabelText(/^Name/);
    await userEvent.clear(name);
    await userEvent.type(name, 'Tee, organic');

    rerender(<ProductForm product={{ ...product, stock_quantity: 12, has_variants: true }} />);

    expect(screen.getByLabelText(/^Name/)).toHaveValue('Tee, organic');
    expect(screen.getByLabelText(/^Stock/)).toHaveValue(12);
    expect(screen.getByLabelText(/^Stock/)).toHaveAttribute('readonly');
  });
});

import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { VariantEditor } from '@/features/admin-products/components/variant-editor';
import type { AdminProduct } from '@/features/admin-products/types';
import { testProduct, testVariant } from '@/features/catalog/test-product';
import { ApiError } from '@/lib/api-error';

const mocks = vi.hoisted(() => ({
  getProductVariants: vi.fn(),
  saveVariants: vi.fn(),
  toastError: vi.fn(),
  toastSuccess: vi.fn(),
}));
vi.mock('@/features/admin-products/api', () => ({
  getProductVariants: mocks.getProductVariants,
  saveVariants: mocks.saveVariants,
}));
vi.mock('react-hot-toast', () => ({
  default: { error: mocks.toastError, success: mocks.toastSuccess },
}));

const product: AdminProduct = {
  ...testProduct({ sku: 'TEE', price: 20 }),
  cost_per_item_cents: null,
};

beforeEach(() => {
  vi.clearAllMocks();
  mocks.getProductVariants.mockResolvedValue({ options: [], variants: [] });
});

async function generateSizes(): Promise<void> {
  await userEvent.click(await screen.findByRole('button', { name: 'Add option' }));
  await userEvent.type(screen.getByLabelText('Option 1 name'), 'Size');
  await userEvent.type(screen.getByLabelText('Option 1 values'), 'S, M');
  await userEvent.click(screen.getByRole('button', { name: 'Generate variants' }));
}

describe('VariantEditor', () => {
  test('generates a row per value, saves the rows as edited and reports the save', async () => {
    const onSaved = vi.fn();
    mocks.saveVariants.mockResolvedValue({
      options: [{ name: 'Size', values: ['S', 'M'] }],
      variants: [testVariant(1, ['S'], 0), testVariant(2, ['M'], 4)],
    });
    render(<VariantEditor product={product} onSaved={onSaved} />);
    await generateSizes();

    expect(screen.getAllByTestId('variant-row')).toHaveLength(2);
    expect(screen.getByLabelText('SKU of M')).toHaveValue('TEE-M');
    expect(screen.getByLabelText('Price of M')).toHaveAttribute('placeholder', '20.00');
    await userEvent.clear(screen.getByLabelText('Stock of M'));
    await userEvent.type(screen.getByLabelText('Stock of M'), '4');
    await userEvent.click(screen.getByRole('button', { name: 'Save variants' }));

    expect(mocks.saveVariants).toHaveBeenCalledWith(product.id, {
      options: [{ name: 'Size', values: ['S', 'M'] }],
      variants: [
        { options: ['S'], sku: 'TEE-S', price: null, compare_at_price: null, stock_quantity: 0 },
        { options: ['M'], sku: 'TEE-M', price: null, compare_at_price: null, stock_quantity: 4 },
      ],
    });
    expect(onSaved).toHaveBeenCalled();
    expect(mocks.toastSuccess).toHaveBeenCalledWith('2 variants saved.');
  });

  test("puts a 422 on its row's cell", async () => {
    mocks.saveVariants.mockRejectedValue(
      new ApiError(422, 'Variants 1 sku: too long', { 'variants.1.sku': 'too long' }),
    );
    render(<VariantEditor product={product} onSaved={vi.fn()} />);
    await generateSizes();
    await userEvent.click(screen.getByRole('button', { name: 'Save variants' }));

    expect(await screen.findByText('too long')).toBeInTheDocument();
    expect(screen.getByLabelText('SKU of M')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('SKU of S')).not.toHaveAttribute('aria-invalid');
  });

  test('a SKU in use elsewhere is marked on its cell and told in a toast', async () => {
    mocks.saveVariants.mockRejectedValue(new ApiError(409, 'SKU TEE-S is already in use.'));
    render(<VariantEditor product={product} onSaved={vi.fn()} />);
    await generateSizes();
    await userEvent.click(screen.getByRole('button', { name: 'Save variants' }));

    expect(mocks.toastError).toHaveBeenCalledWith('SKU TEE-S is already in use.');
    expect(screen.getByLabelText('SKU of S')).toHaveAttribute('aria-invalid', 'true');
  });

  test('rows of options changed since they were generated are not saved', async () => {
    render(<VariantEditor product={product} onSaved={vi.fn()} />);
    await generateSizes();
    await userEvent.clear(screen.getByLabelText('Option 1 values'));
    await userEvent.type(screen.getByLabelText('Option 1 values'), 'M, L');
    await userEvent.click(screen.getByRole('button', { name: 'Save variants' }));

    expect(screen.getByRole('alert')).toHaveTextContent('generate the variants again');
    expect(mocks.saveVariants).not.toHaveBeenCalled();
  });

  test('opens on the saved options and rows', async () => {
    mocks.getProductVariants.mockResolvedValue({
      options: [{ name: 'Size', values: ['S'] }],
      variants: [testVariant(7, ['S'], 3, { price: 22 })],
    });
    render(<VariantEditor product={product} onSaved={vi.fn()} />);
    expect(await screen.findByLabelText('Price of S')).toHaveValue('22.00');
    expect(screen.getByLabelText('Option 1 values')).toHaveValue('S');
  });
});

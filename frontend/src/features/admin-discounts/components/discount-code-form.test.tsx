import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { DiscountCodeForm } from '@/features/admin-discounts/components/discount-code-form';
import { wireDiscountCode } from '@/features/admin-discounts/test-discount-code';
import { discountCodeSchema } from '@/features/admin-discounts/types';
import { ApiError } from '@/lib/api-error';

const api = vi.hoisted(() => ({ createDiscountCode: vi.fn(), updateDiscountCode: vi.fn() }));
vi.mock('@/features/admin-discounts/api', () => api);

const save10 = discountCodeSchema.parse(wireDiscountCode({ ends_at: null }));

beforeEach(() => {
  api.createDiscountCode.mockReset();
  api.updateDiscountCode.mockReset();
});

function renderForm(discountCode = null as typeof save10 | null, onSaved = vi.fn()) {
  const user = userEvent.setup();
  render(<DiscountCodeForm discountCode={discountCode} onSaved={onSaved} onCancel={vi.fn()} />);
  return user;
}

describe('DiscountCodeForm', () => {
  test('creates a fixed-amount code from its fields and hands the saved one back', async () => {
    api.createDiscountCode.mockResolvedValue(save10);
    const onSaved = vi.fn();
    const user = renderForm(null, onSaved);
    await user.type(screen.getByLabelText('Code'), 'fiver');
    await user.selectOptions(screen.getByLabelText('Kind'), 'Fixed amount off');
    await user.type(screen.getByLabelText('Amount off (USD)'), '5');
    await user.type(screen.getByLabelText('Minimum subtotal'), '25');
    await user.type(screen.getByLabelText('Usage limit'), '10');
    await user.click(screen.getByLabelText('One use per customer'));
    await user.click(screen.getByRole('button', { name: 'Create discount code' }));
    expect(api.createDiscountCode).toHaveBeenCalledWith({
      code: 'FIVER',
      kind: 'fixed',
      value: 5,
      min_subtotal: 25,
      starts_at: null,
      ends_at: null,
      usage_limit: 10,
      once_per_customer: true,
      is_active: true,
    });
    expect(onSaved).toHaveBeenCalledWith(save10);
  });

  test('edits a code: every field is sent, a cleared one as null', async () => {
    api.updateDiscountCode.mockResolvedValue(save10);
    const user = renderForm(save10);
    expect(screen.getByLabelText('Percent off')).toHaveValue('10');
    await user.clear(screen.getByLabelText('Minimum subtotal'));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(api.updateDiscountCode).toHaveBeenCalledWith(4, {
      code: 'SAVE10',
      kind: 'percentage',
      value: 10,
      min_subtotal: null,
      starts_at: null,
      ends_at: null,
      usage_limit: 100,
      once_per_customer: true,
      is_active: true,
    });
  });

  test('a code that exists (409) is shown on the code field', async () => {
    api.createDiscountCode.mockRejectedValue(
      new ApiError(409, 'A discount code SAVE10 already exists'),
    );
    const user = renderForm();
    await user.type(screen.getByLabelText('Code'), 'SAVE10');
    await user.type(screen.getByLabelText('Percent off'), '10');
    await user.click(screen.getByRole('button', { name: 'Create discount code' }));
    expect(await screen.findByText('A discount code SAVE10 already exists')).toBeVisible();
    expect(screen.getByLabelText('Code')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  test('puts the field messages of a 422 on their fields', async () => {
    api.updateDiscountCode.mockRejectedValue(
      new ApiError(422, 'Invalid', { usage_limit: 'The code has been used 3 times already.' }),
    );
    const user = renderForm(save10);
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('The code has been used 3 times already.')).toBeVisible();
    expect(screen.getByLabelText('Usage limit')).toHaveAttribute('aria-invalid', 'true');
  });

  test('checks the value and the period before calling the API', async () => {
    const user = renderForm();
    await user.type(screen.getByLabelText('Code'), 'TOO-MUCH');
    await user.type(screen.getByLabelText('Percent off'), '150');
    await user.type(screen.getByLabelText('Starts'), '2026-12-02T10:00');
    await user.type(screen.getByLabelText('Ends'), '2026-12-01T10:00');
    await user.click(screen.getByRole('button', { name: 'Create discount code' }));
    expect(await screen.findByText('Enter a percentage above 0 and at most 100.')).toBeVisible();
    expect(screen.getByText('The end must be after the start.')).toBeVisible();
    expect(api.createDiscountCode).not.toHaveBeenCalled();
  });
});

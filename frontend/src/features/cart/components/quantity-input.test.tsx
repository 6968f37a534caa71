import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, test } from 'vitest';
import { QuantityInput, clampQuantity } from '@/features/cart/components/quantity-input';

function Stepper({ start, max }: { start: number; max: number }) {
  const [value, setValue] = useState(start);
  return (
    <QuantityInput id="quantity" label="Quantity" value={value} max={max} onChange={setValue} />
  );
}

describe('clampQuantity', () => {
  test('keeps a quantity from 1 to the stock, and at 1 without stock', () => {
    expect(clampQuantity(0, 5)).toBe(1);
    expect(clampQuantity(3, 5)).toBe(3);
    expect(clampQuantity(9, 5)).toBe(5);
    expect(clampQuantity(2, 0)).toBe(1);
  });
});

describe('QuantityInput', () => {
  test('steps up to the stock and down to 1, each button off at its end', async () => {
    render(<Stepper start={1} max={2} />);
    const input = screen.getByLabelText('Quantity');
    const decrease = screen.getByRole('button', { name: 'Decrease quantity' });
    const increase = screen.getByRole('button', { name: 'Increase quantity' });
    expect(decrease).toBeDisabled();

    await userEvent.click(increase);
    expect(input).toHaveValue(2);
    expect(increase).toBeDisabled();

    await userEvent.click(decrease);
    expect(input).toHaveValue(1);
  });

  test('a typed quantity over the stock is brought down to it', () => {
    render(<Stepper start={1} max={3} />);
    const input = screen.getByLabelText('Quantity');
    fireEvent.change(input, { target: { value: '7' } });
    expect(input).toHaveValue(3);
  });
});

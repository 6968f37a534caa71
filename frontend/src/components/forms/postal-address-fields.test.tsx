import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { describe, expect, test, vi } from 'vitest';
import { PostalAddressFields } from '@/components/forms/postal-address-fields';

interface Values {
  ship_address: string;
  ship_city: string;
  ship_state: string;
  ship_postal_code: string;
  ship_country: string;
}

function Shipping({ save }: { save: (values: Values) => void }) {
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<Values>();
  return (
    <form onSubmit={handleSubmit(save)} noValidate>
      <PostalAddressFields
        streetClassName="sm:col-span-2"
        field={(line, required) => {
          const name = `ship_${line}` as const;
          return {
            registration: register(name, { required: required && 'Required.' }),
            error: errors[name]?.message,
          };
        }}
      />
      <button type="submit">Save</button>
    </form>
  );
}

describe('PostalAddressFields', () => {
  test('asks for the lines of an address in order, with their autofill', () => {
    render(<Shipping save={vi.fn()} />);
    const boxes = screen.getAllByRole('textbox');
    expect(boxes.map((box) => box.getAttribute('autocomplete'))).toEqual([
      'street-address',
      'address-level2',
      'address-level1',
      'postal-code',
      'country-name',
    ]);
    expect(screen.getByLabelText('State / region')).not.toHaveAttribute('aria-required');
    expect(screen.getByLabelText(/Street address/)).toHaveAttribute('aria-required', 'true');
  });

  test('fills the fields the form names and shows the errors of its rules', async () => {
    const user = userEvent.setup();
    const save = vi.fn();
    render(<Shipping save={save} />);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(save).not.toHaveBeenCalled();
    expect(screen.getByLabelText(/City/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('State / region')).not.toHaveAttribute('aria-invalid');

    await user.type(screen.getByLabelText(/Street address/), '1 Main St');
    await user.type(screen.getByLabelText(/City/), 'Springfield');
    await user.type(screen.getByLabelText(/Postal code/), '12345');
    await user.type(screen.getByLabelText(/Country/), 'USA');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(save).toHaveBeenCalledWith(
      {
        ship_address: '1 Main St',
        ship_city: 'Springfield',
        ship_state: '',
        ship_postal_code: '12345',
        ship_country: 'USA',
      },
      expect.anything(),
    );
  });
});

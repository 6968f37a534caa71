import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { AddressForm } from '@/features/addresses/components/address-form';
import { testAddress, typeAddressLines } from '@/features/addresses/test-address';
import { ApiError } from '@/lib/api-error';

const api = vi.hoisted(() => ({ createAddress: vi.fn(), updateAddress: vi.fn() }));
vi.mock('@/features/addresses/api', () => api);
vi.mock('react-hot-toast', () => ({ default: { success: vi.fn(), error: vi.fn() } }));

const home = testAddress({ id: 5, label: 'Home', phone: '020 7946 0000', is_default: true });

beforeEach(() => {
  api.createAddress.mockReset();
  api.updateAddress.mockReset();
});

async function fillNewAddress(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Label'), 'Work');
  await user.type(screen.getByLabelText('Full name'), 'Grace Hopper');
  await typeAddressLines(user, {
    street: '1 Navy Yard',
    city: 'Arlington',
    postalCode: '22202',
    country: 'United States',
  });
}

describe('AddressForm', () => {
  test('adds an address from its fields, with the API names, and hands the saved one back', async () => {
    const saved = { ...home, id: 9 };
    api.createAddress.mockResolvedValue(saved);
    const onSaved = vi.fn();
    const user = userEvent.setup();
    render(<AddressForm address={null} onSaved={onSaved} onCancel={vi.fn()} />);
    await fillNewAddress(user);
    await user.click(screen.getByLabelText('Make this my default address'));
    await user.click(screen.getByRole('button', { name: 'Add address' }));
    expect(api.createAddress).toHaveBeenCalledWith({
      label: 'Work',
      recipient_name: 'Grace Hopper',
      address: '1 Navy Yard',
      city: 'Arlington',
      postal_code: '22202',
      country: 'United States',
      is_default: true,
    });
    expect(onSaved).toHaveBeenCalledWith(saved);
  });

  test('edits an address in place: cleared fields go as null, the default is not offered', async () => {
    api.updateAddress.mockResolvedValue(home);
    const user = userEvent.setup();
    render(<AddressForm address={home} onSaved={vi.fn()} onCancel={vi.fn()} />);
    expect(screen.getByLabelText('Street address')).toHaveValue('12 St James Square');
    expect(screen.queryByLabelText('Make this my default address')).not.toBeInTheDocument();
    await user.clear(screen.getByLabelText('Phone'));
    await user.click(screen.getByRole('button', { name: 'Save address' }));
    expect(api.updateAddress).toHaveBeenCalledWith(5, {
      label: 'Home',
      recipient_name: 'Ada Lovelace',
      phone: null,
      address: '12 St James Square',
      city: 'London',
      state: null,
      postal_code: 'SW1Y 4JH',
      country: 'United Kingdom',
    });
  });

  test('puts the field messages of a 422 on their fields', async () => {
    api.createAddress.mockRejectedValue(
      new ApiError(422, 'Invalid', {
        postal_code: 'Use at most 20 characters.',
        phone: 'Use digits, spaces and + - ( ) . only.',
      }),
    );
    const user = userEvent.setup();
    render(<AddressForm address={null} onSaved={vi.fn()} onCancel={vi.fn()} />);
    await fillNewAddress(user);
    await user.click(screen.getByRole('button', { name: 'Add address' }));
    expect(await screen.findByText('Use at most 20 characters.')).toBeVisible();
    expect(screen.getByLabelText('Postal code')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Phone')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  test('shows the 409 of a full address book above the fields', async () => {
    api.createAddress.mockRejectedValue(new ApiError(409, 'You can keep at most 20 addresses.'));
    const onSaved = vi.fn();
    const user = userEvent.setup();
    render(<AddressForm address={null} onSaved={onSaved} onCancel={vi.fn()} />);
    await fillNewAddress(user);
    await user.click(screen.getByRole('button', { name: 'Add address' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You can keep at most 20 addresses.',
    );
    expect(onSaved).not.toHaveBeenCalled();
  });

  test('asks for the required fields before calling the API', async () => {
    const user = userEvent.setup();
    render(<AddressForm address={null} onSaved={vi.fn()} onCancel={vi.fn()} />);
    await user.click(screen.getByRole('button', { name: 'Add address' }));
    expect(await screen.findAllByText('This field is required.')).toHaveLength(5);
    expect(api.createAddress).not.toHaveBeenCalled();
  });
});

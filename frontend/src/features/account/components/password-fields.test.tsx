import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { describe, expect, test, vi } from 'vitest';
import {
  CurrentPasswordField,
  NewPasswordFields,
} from '@/features/account/components/password-fields';

interface Values {
  current_password: string;
  new_password: string;
  confirm: string;
}

function SetPassword({ save }: { save: (values: Values) => void }) {
  const form = useForm<Values>({
    defaultValues: { current_password: '', new_password: '', confirm: '' },
  });
  return (
    <form onSubmit={form.handleSubmit(save)} noValidate>
      <CurrentPasswordField
        label="Current password"
        registration={form.register('current_password')}
      />
      <NewPasswordFields label="New password" form={form} password="new_password" />
      <button type="submit">Save</button>
    </form>
  );
}

describe('CurrentPasswordField', () => {
  test('is a required password input the browser fills with the saved password', () => {
    render(<SetPassword save={vi.fn()} />);
    const input = screen.getByLabelText(/^Current password/);
    expect(input).toHaveAttribute('type', 'password');
    expect(input).toHaveAttribute('autocomplete', 'current-password');
    expect(input).toHaveAttribute('aria-required', 'true');
  });
});

describe('NewPasswordFields', () => {
  test('labels the repeat field after the password field', () => {
    render(<SetPassword save={vi.fn()} />);
    expect(screen.getByLabelText(/^New password/)).toHaveAttribute('autocomplete', 'new-password');
    expect(screen.getByLabelText(/^Confirm new password/)).toHaveAttribute('type', 'password');
  });

  test.each([
    ['holds the new password to the password rule', 'short', 'short', 'Use at least 8 characters.'],
    ['asks for the repeat when it is empty', 'long enough', '', 'Repeat your new password.'],
  ])('%s', async (_, password, repeat, message) => {
    const save = vi.fn();
    const user = userEvent.setup();
    render(<SetPassword save={save} />);
    await user.type(screen.getByLabelText(/^New password/), password);
    if (repeat !== '') await user.type(screen.getByLabelText(/^Confirm new password/), repeat);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(save).not.toHaveBeenCalled();
  });

  test('rejects a repeat that differs and submits one that matches', async () => {
    const save = vi.fn();
    const user = userEvent.setup();
    render(<SetPassword save={save} />);
    await user.type(screen.getByLabelText(/^New password/), 'long enough');
    await user.type(screen.getByLabelText(/^Confirm new password/), 'long enougH');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('The passwords do not match.')).toBeInTheDocument();
    expect(save).not.toHaveBeenCalled();

    await user.clear(screen.getByLabelText(/^Confirm new password/));
    await user.type(screen.getByLabelText(/^Confirm new password/), 'long enough');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(save).toHaveBeenCalledWith(
      { current_password: '', new_password: 'long enough', confirm: 'long enough' },
      expect.anything(),
    );
  });
});

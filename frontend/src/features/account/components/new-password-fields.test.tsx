import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { describe, expect, test, vi } from 'vitest';
import { NewPasswordFields } from '@/features/account/components/new-password-fields';
import { confirmationRules, passwordRules } from '@/features/account/password-rules';

interface Values {
  new_password: string;
  confirm: string;
}

function SetPassword({ save }: { save: (values: Values) => void }) {
  const {
    register,
    handleSubmit,
    getValues,
    formState: { errors },
  } = useForm<Values>({ defaultValues: { new_password: '', confirm: '' } });
  return (
    <form onSubmit={handleSubmit(save)} noValidate>
      <NewPasswordFields
        label="New password"
        password={register('new_password', passwordRules)}
        confirm={register(
          'confirm',
          confirmationRules('new password', () => getValues('new_password')),
        )}
        passwordError={errors.new_password?.message}
        confirmError={errors.confirm?.message}
      />
      <button type="submit">Save</button>
    </form>
  );
}

describe('NewPasswordFields', () => {
  test('labels the repeat field after the password field', () => {
    render(<SetPassword save={vi.fn()} />);
    expect(screen.getByLabelText(/^New password/)).toHaveAttribute('autocomplete', 'new-password');
    expect(screen.getByLabelText(/^Confirm new password/)).toHaveAttribute('type', 'password');
  });

  test('asks to repeat the password when the repeat is empty', async () => {
    const save = vi.fn();
    const user = userEvent.setup();
    render(<SetPassword save={save} />);
    await user.type(screen.getByLabelText(/^New password/), 'long enough');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Repeat your new password.')).toBeInTheDocument();
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
      { new_password: 'long enough', confirm: 'long enough' },
      expect.anything(),
    );
  });
});

import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { FormAlert } from '@/components/forms/form-alert';
import { TextField } from '@/components/forms/text-field';
import { useServerForm } from '@/components/forms/use-server-form';
import { ApiError, apiErrorFromBody } from '@/lib/api-error';

interface Values {
  email: string;
  name: string;
}

function SignUp({ save }: { save: (values: Values) => Promise<void> }) {
  const {
    register,
    submit,
    formError,
    formState: { errors },
  } = useServerForm<Values>({
    defaultValues: { email: '', name: '' },
    fields: ['email', 'name'],
    statusFields: { 409: { field: 'email', message: 'That email is taken.' } },
  });
  return (
    <form onSubmit={submit(save)} noValidate>
      <FormAlert message={formError} />
      <TextField label="Email" error={errors.email?.message} {...register('email')} />
      <TextField
        label="Name"
        error={errors.name?.message}
        {...register('name', { required: 'Enter a name.' })}
      />
      <button type="submit">Save</button>
    </form>
  );
}

async function fillAndSave(save: (values: Values) => Promise<void>) {
  const user = userEvent.setup();
  render(<SignUp save={save} />);
  await user.type(screen.getByLabelText('Email'), 'ada@example.com');
  await user.type(screen.getByLabelText('Name'), 'Ada');
  await user.click(screen.getByRole('button', { name: 'Save' }));
  return user;
}

describe('useServerForm', () => {
  test('submits the values and shows no alert when saving works', async () => {
    const save = vi.fn(async () => undefined);
    await fillAndSave(save);
    expect(save).toHaveBeenCalledWith({ email: 'ada@example.com', name: 'Ada' });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  test('does not submit what fails its own rules', async () => {
    const save = vi.fn(async () => undefined);
    const user = userEvent.setup();
    render(<SignUp save={save} />);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(save).not.toHaveBeenCalled();
    expect(screen.getByText('Enter a name.')).toBeInTheDocument();
  });

  test('puts 422 messages on their fields', async () => {
    await fillAndSave(async () => {
      throw apiErrorFromBody(422, {
        detail: [{ loc: ['body', 'name'], msg: 'too long', type: 'string_too_long' }],
      });
    });
    expect(screen.getByLabelText('Name')).toHaveAccessibleDescription('too long');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  test('puts a 409 on the field the form names', async () => {
    await fillAndSave(async () => {
      throw new ApiError(409, 'Email already registered');
    });
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('That email is taken.');
    expect(screen.getByLabelText('Email')).toHaveFocus();
  });

  test('shows any other error above the form and clears it on the next try', async () => {
    let fail = true;
    const user = await fillAndSave(async () => {
      if (fail) throw new ApiError(503, 'The shop is busy.');
    });
    expect(screen.getByRole('alert')).toHaveTextContent('The shop is busy.');
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('FormAlert', () => {
  test('renders nothing without a message', () => {
    const { container } = render(<FormAlert message={null} />);
    expect(container).toBeEmptyDOMElement();
  });

  test('announces the message with what follows it', () => {
    render(
      <FormAlert message="The link has expired.">
        <a href="/forgot-password">Ask for a new link</a>
      </FormAlert>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('The link has expired. Ask for a new link');
  });
});

import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { FormActions, FormShell } from '@/components/forms/form-shell';
import { TextField } from '@/components/forms/text-field';
import { useServerForm } from '@/components/forms/use-server-form';
import { ApiError } from '@/lib/api-error';

interface Values {
  name: string;
}

function NameForm({
  save,
  onCancel,
}: {
  save: (values: Values) => Promise<void>;
  onCancel?: () => void;
}) {
  const form = useServerForm<Values>({ defaultValues: { name: '' }, fields: ['name'] });
  return (
    <FormShell
      form={form}
      onSubmit={save}
      label="Name the thing"
      actions={{ submitLabel: 'Save', onCancel }}
    >
      <TextField label="Name" {...form.register('name')} />
    </FormShell>
  );
}

describe('FormShell', () => {
  test('submits the values and shows what the API refused above the fields', async () => {
    const user = userEvent.setup();
    const save = vi.fn(() => Promise.reject(new ApiError(503, 'The shop is busy.')));
    render(<NameForm save={save} />);
    await user.type(screen.getByLabelText('Name'), 'Lamp');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The shop is busy.');
    expect(save).toHaveBeenCalledWith({ name: 'Lamp' });
    expect(screen.getByRole('form', { name: 'Name the thing' })).toHaveAttribute('novalidate');
  });
});

describe('FormShell actions', () => {
  test('show the form busy while it submits', async () => {
    const user = userEvent.setup();
    let finish: () => void = () => undefined;
    const save = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    render(<NameForm save={save} onCancel={vi.fn()} />);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeDisabled();
    expect(screen.getByRole('button', { name: /Save/ })).toHaveAttribute('aria-busy', 'true');
    finish();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Cancel' })).toBeEnabled());
  });
});

describe('FormActions', () => {
  test('offers Cancel before the submit button only when the form can be left', async () => {
    const user = userEvent.setup();
    const onCancel = vi.fn();
    const { unmount } = render(<NameForm save={vi.fn()} onCancel={onCancel} />);
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((button) => button.textContent)).toEqual(['Cancel', 'Save']);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledOnce();
    unmount();
    render(<NameForm save={vi.fn()} />);
    expect(screen.queryByRole('button', { name: 'Cancel' })).not.toBeInTheDocument();
  });

  test('disables Cancel and marks the submit button busy while the form submits', () => {
    render(<FormActions submitLabel="Save" submitting onCancel={vi.fn()} />);
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeDisabled();
    expect(screen.getByRole('button', { name: /Save/ })).toHaveAttribute('aria-busy', 'true');
  });
});

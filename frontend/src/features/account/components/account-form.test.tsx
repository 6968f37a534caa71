import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { TextField } from '@/components/forms/text-field';
import { useServerForm } from '@/components/forms/use-server-form';
import { AccountForm } from '@/features/account/components/account-form';
import { ApiError } from '@/lib/api-error';

function Rename({ save, dirtyOnly = false }: { save: () => Promise<void>; dirtyOnly?: boolean }) {
  const form = useServerForm<{ name: string }>({ defaultValues: { name: '' }, fields: ['name'] });
  return (
    <AccountForm
      form={form}
      onSubmit={save}
      submitLabel="Save name"
      layout={dirtyOnly ? 'panel' : 'page'}
      submitDisabled={dirtyOnly && !form.formState.isDirty}
      alertAction={<a href="/help">Get help</a>}
    >
      <TextField label="Name" {...form.register('name')} />
    </AccountForm>
  );
}

describe('AccountForm', () => {
  test('submits the fields with its one button', async () => {
    const save = vi.fn(async () => undefined);
    render(<Rename save={save} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Save name' }));
    expect(save).toHaveBeenCalledTimes(1);
  });

  test('shows what the submit threw above the fields, followed by the alert action', async () => {
    const save = vi.fn(async () => {
      throw new ApiError(500, 'The shop is down for a moment.');
    });
    render(<Rename save={save} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Save name' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The shop is down for a moment.');
    expect(alert).toContainElement(screen.getByRole('link', { name: 'Get help' }));
  });

  test('keeps the button disabled while the form asks for it', async () => {
    render(<Rename save={vi.fn(async () => undefined)} dirtyOnly />);
    expect(screen.getByRole('button', { name: 'Save name' })).toBeDisabled();
    await userEvent.setup().type(screen.getByLabelText('Name'), 'Ada');
    expect(screen.getByRole('button', { name: 'Save name' })).toBeEnabled();
  });
});

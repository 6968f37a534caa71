import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { describe, expect, test, vi } from 'vitest';
import { CheckboxField } from '@/components/forms/checkbox-field';

function Settings({ save }: { save: (values: { active: boolean }) => void }) {
  const { register, handleSubmit } = useForm({ defaultValues: { active: false } });
  return (
    <form onSubmit={handleSubmit(save)}>
      <CheckboxField label="Active" hint="Shown in the shop." {...register('active')} />
      <button type="submit">Save</button>
    </form>
  );
}

describe('CheckboxField', () => {
  test('is named by its label alone and described by its hint', () => {
    render(<Settings save={vi.fn()} />);
    const box = screen.getByRole('checkbox', { name: 'Active' });
    expect(box).toHaveAccessibleDescription('Shown in the shop.');
  });

  test('has no description without a hint', () => {
    render(<CheckboxField label="Make this my default address" />);
    const box = screen.getByRole('checkbox', { name: 'Make this my default address' });
    expect(box).not.toHaveAttribute('aria-describedby');
  });

  test('reports its state to the form that registered it', async () => {
    const user = userEvent.setup();
    const save = vi.fn();
    render(<Settings save={save} />);
    await user.click(screen.getByLabelText('Active'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(save).toHaveBeenCalledWith({ active: true }, expect.anything());
  });
});

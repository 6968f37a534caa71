import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { describe, expect, test, vi } from 'vitest';
import { maxLength, notBlank, slugPattern } from '@/components/forms/field-rules';
import { NameAndSlugFields } from '@/components/forms/name-and-slug-fields';

interface Values {
  name: string;
  slug: string;
}

function EntryForm({ save }: { save: (values: Values) => void }) {
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<Values>({ defaultValues: { name: '', slug: '' } });
  return (
    <form onSubmit={handleSubmit(save)} noValidate>
      <NameAndSlugFields
        name={register('name', { validate: notBlank('Enter a name.'), maxLength: maxLength(10) })}
        slug={register('slug', { pattern: slugPattern })}
        nameError={errors.name?.message}
        slugError={errors.slug?.message}
        slugHint="Used in web addresses."
        autoFocus
      />
      <button type="submit">Save</button>
    </form>
  );
}

describe('NameAndSlugFields', () => {
  test('focuses the name and shows the slug hint', () => {
    render(<EntryForm save={vi.fn()} />);
    expect(screen.getByLabelText(/^Name/)).toHaveFocus();
    expect(screen.getByText('Used in web addresses.')).toBeInTheDocument();
  });

  test('shows the rules of each field under it and does not submit', async () => {
    const save = vi.fn();
    const user = userEvent.setup();
    render(<EntryForm save={save} />);
    await user.type(screen.getByLabelText(/^Slug/), 'Not A Slug');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Enter a name.')).toBeInTheDocument();
    expect(
      screen.getByText('Use lower-case letters, digits and single hyphens.'),
    ).toBeInTheDocument();
    expect(save).not.toHaveBeenCalled();
  });

  test('submits a name with an empty slug', async () => {
    const save = vi.fn();
    const user = userEvent.setup();
    render(<EntryForm save={save} />);
    await user.type(screen.getByLabelText(/^Name/), 'Shoes');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(save).toHaveBeenCalledWith({ name: 'Shoes', slug: '' }, expect.anything());
  });
});

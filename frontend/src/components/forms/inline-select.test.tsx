import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { InlineSelect } from '@/components/forms/inline-select';

const SORTS = [
  { value: 'newest', label: 'Newest' },
  { value: 'price_asc', label: 'Price: low to high' },
] as const;

describe('InlineSelect', () => {
  test('is named by the label beside it and reports the option chosen', async () => {
    const onChange = vi.fn();
    render(
      <InlineSelect
        id="sort"
        label="Sort by"
        options={[...SORTS]}
        value="newest"
        onChange={onChange}
      />,
    );
    const select = screen.getByRole('combobox', { name: 'Sort by' });
    expect(select).toHaveValue('newest');
    await userEvent.selectOptions(select, 'Price: low to high');
    expect(onChange).toHaveBeenCalledWith('price_asc');
  });

  test('starts from a default the page does not control', () => {
    render(
      <InlineSelect
        id="sort"
        label="Sort by"
        options={[...SORTS]}
        defaultValue="price_asc"
        onChange={vi.fn()}
      />,
    );
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveValue('price_asc');
  });
});

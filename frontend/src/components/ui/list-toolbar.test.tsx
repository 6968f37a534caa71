import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { FilterSelect, ListToolbar } from '@/components/ui/list-toolbar';

const STATUSES = [
  { value: 'open', label: 'Open' },
  { value: 'closed', label: 'Closed' },
] as const;

describe('FilterSelect', () => {
  test('offers the "any" option first and reports the chosen value', async () => {
    const onChange = vi.fn();
    render(
      <FilterSelect
        id="status"
        label="Status"
        value="open"
        options={[...STATUSES]}
        anyLabel="All statuses"
        onChange={onChange}
      />,
    );
    const select = screen.getByLabelText('Status');
    expect(select).toHaveValue('open');
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'All statuses',
      'Open',
      'Closed',
    ]);
    await userEvent.selectOptions(select, 'Closed');
    expect(onChange).toHaveBeenLastCalledWith('closed');
    await userEvent.selectOptions(select, 'All statuses');
    expect(onChange).toHaveBeenLastCalledWith(undefined);
  });
});

describe('ListToolbar', () => {
  test('searches for the trimmed text, and for nothing when the box is empty', async () => {
    const onSearch = vi.fn();
    render(
      <ListToolbar
        search={{
          id: 'thing-search',
          label: 'Search things',
          placeholder: 'Name',
          value: undefined,
          onSearch,
        }}
      />,
    );
    const box = screen.getByRole('searchbox', { name: 'Search things' });
    await userEvent.type(box, '  lamp {Enter}');
    expect(onSearch).toHaveBeenLastCalledWith('lamp');
    await userEvent.clear(box);
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(onSearch).toHaveBeenLastCalledWith(undefined);
  });
});

import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { CubeIcon } from '@heroicons/react/24/outline';
import type { DataTableColumn } from '@/components/ui/data-table';
import { PagedTable, type PagedTableSource } from '@/components/ui/paged-table';

interface Thing {
  id: number;
  name: string;
}

const COLUMNS: DataTableColumn<Thing>[] = [{ label: 'Name', cell: (thing) => thing.name }];

const EMPTY = {
  icon: CubeIcon,
  noMatch: { title: 'No things match', text: 'Try another search.' },
  none: { title: 'No things yet', text: 'Add the first thing.' },
};

function source(overrides: Partial<PagedTableSource<Thing>>): PagedTableSource<Thing> {
  return {
    data: null,
    error: null,
    reload: vi.fn(() => Promise.resolve()),
    hrefFor: (page) => `/things?page=${page}`,
    loading: false,
    filtered: false,
    clear: vi.fn(),
    ...overrides,
  };
}

const page = (items: Thing[], pages = 1) => ({
  items,
  total: items.length,
  page: 1,
  size: 20,
  pages,
});

function renderTable(
  list: PagedTableSource<Thing>,
  empty: typeof EMPTY | Omit<typeof EMPTY, 'noMatch'> = EMPTY,
) {
  return render(
    <PagedTable
      list={list}
      empty={empty}
      caption="Things"
      columns={COLUMNS}
      rowTestId="thing-row"
    />,
  );
}

describe('PagedTable', () => {
  test('announces the loading of what its caption names until the first page arrives', () => {
    renderTable(source({}));
    expect(screen.getByRole('status')).toHaveTextContent('Loading things');
  });

  test('draws the page as a table with page links, faded while the next page loads', () => {
    const { container } = renderTable(
      source({
        data: page(
          [
            { id: 1, name: 'Lamp' },
            { id: 2, name: 'Rope' },
          ],
          2,
        ),
        loading: true,
      }),
    );
    const rows = screen.getAllByTestId('thing-row');
    expect(rows.map((row) => within(row).getByRole('cell').textContent)).toEqual(['Lamp', 'Rope']);
    expect(container.querySelector('[aria-busy="true"]')).toContainElement(
      screen.getByRole('table', { name: 'Things' }),
    );
    expect(screen.getByRole('link', { name: /2/ })).toHaveAttribute('href', '/things?page=2');
  });

  test('offers to clear filters that match nothing', async () => {
    const list = source({ data: page([]), filtered: true });
    renderTable(list);
    expect(screen.getByRole('heading', { name: 'No things match' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Clear the filters' }));
    expect(list.clear).toHaveBeenCalledOnce();
  });

  test('says there is nothing yet when the list has no filters to clear', () => {
    renderTable(source({ data: page([]), filtered: true }), { icon: CubeIcon, none: EMPTY.none });
    expect(screen.getByRole('heading', { name: 'No things yet' })).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});

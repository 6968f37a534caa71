import { render, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { DataTable, type DataTableColumn } from '@/components/ui/data-table';

interface Fruit {
  id: number;
  name: string;
  stock: number;
}

const FRUITS: Fruit[] = [
  { id: 1, name: 'Apple', stock: 12 },
  { id: 2, name: 'Pear', stock: 0 },
];

const COLUMNS: DataTableColumn<Fruit>[] = [
  { label: 'Name', cell: (fruit) => fruit.name },
  { label: 'Stock', align: 'right', cell: (fruit) => fruit.stock },
  { label: 'Actions', hidden: true, cell: (fruit) => <button>Edit {fruit.name}</button> },
];

describe('DataTable', () => {
  test('draws a header per column and a row per item, named by its caption', () => {
    render(
      <DataTable
        caption="Fruit"
        columns={COLUMNS}
        rows={FRUITS}
        rowKey={(fruit) => fruit.id}
        rowTestId="fruit-row"
      />,
    );
    const table = screen.getByRole('table', { name: 'Fruit' });
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((header) => header.textContent)).toEqual(['Name', 'Stock', 'Actions']);
    const rows = screen.getAllByTestId('fruit-row');
    expect(rows).toHaveLength(2);
    expect(within(rows[1] as HTMLElement).getAllByRole('cell')[0]).toHaveTextContent('Pear');
    expect(screen.getByRole('button', { name: 'Edit Apple' })).toBeInTheDocument();
  });

  test('keeps a hidden heading for screen readers only and right-aligns numbers', () => {
    render(
      <DataTable caption="Fruit" columns={COLUMNS} rows={FRUITS} rowKey={(fruit) => fruit.id} />,
    );
    expect(screen.getByText('Actions')).toHaveClass('sr-only');
    expect(screen.getByRole('columnheader', { name: 'Stock' })).toHaveClass('text-right');
    expect(screen.getByRole('cell', { name: '12' })).toHaveClass('text-right');
  });

  test('marks the table busy while a new page loads, keeping the old rows', () => {
    const { container } = render(
      <DataTable
        caption="Fruit"
        columns={COLUMNS}
        rows={FRUITS}
        rowKey={(fruit) => fruit.id}
        busy
      />,
    );
    expect(container.firstElementChild).toHaveAttribute('aria-busy', 'true');
    expect(screen.getAllByRole('row')).toHaveLength(3);
  });

  test('lets a column name its rows, as row headers', () => {
    const byName: DataTableColumn<Fruit>[] = [
      { label: 'Name', rowHeader: true, cell: (fruit) => fruit.name },
      { label: 'Stock', align: 'right', cell: (fruit) => fruit.stock },
    ];
    render(
      <DataTable caption="Fruit" columns={byName} rows={FRUITS} rowKey={(fruit) => fruit.id} />,
    );
    expect(screen.getAllByRole('rowheader').map((header) => header.textContent)).toEqual([
      'Apple',
      'Pear',
    ]);
    expect(screen.getByRole('row', { name: 'Pear 0' })).toBeInTheDocument();
  });
});

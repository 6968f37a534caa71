import { render, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { DataTable } from '@/components/ui/data-table';
import { dateColumn, moneyColumn, stateColumn } from '@/components/ui/table-columns';

interface Row {
  id: number;
  at: string;
  cents: number;
  active: boolean;
}

const rows: Row[] = [
  { id: 1, at: '2026-11-25T14:30:00Z', cents: 123456, active: true },
  { id: 2, at: 'not a date', cents: 5, active: false },
];

function cellsOf(index: number) {
  const row = screen.getAllByRole('row')[index + 1];
  if (!row) throw new Error(`no row ${index}`);
  return within(row).getAllByRole('cell');
}

describe('table columns', () => {
  test('draw dates, amounts and two-way states the same way in every table', () => {
    render(
      <DataTable
        caption="Rows"
        rows={rows}
        rowKey={(row) => row.id}
        columns={[
          dateColumn('When', (row: Row) => row.at),
          moneyColumn('Amount', (row: Row) => row.cents),
          stateColumn('Status', (row: Row) => row.active, { on: 'Active', off: 'Inactive' }),
        ]}
      />,
    );
    const [when, amount, status] = cellsOf(0);
    expect(when).toHaveTextContent(/Nov 25, 2026/);
    expect(when).toHaveClass('text-slate-700');
    expect(amount).toHaveTextContent('$1,234.56');
    expect(amount).toHaveClass('text-right');
    expect(status).toHaveTextContent('Active');
    const [badDate, , inactive] = cellsOf(1);
    expect(badDate).toHaveTextContent('not a date');
    expect(inactive).toHaveTextContent('Inactive');
  });
});

import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { DataTable } from '@/components/ui/data-table';
import { RowActions, editInPlaceColumn, rowActionsColumn } from '@/components/ui/row-actions';

describe('RowActions', () => {
  test('links to the edit page and asks to delete, both named for the row', async () => {
    const onDelete = vi.fn();
    render(<RowActions name="Lamp" edit={{ href: '/admin/products/4' }} onDelete={onDelete} />);
    const edit = screen.getByRole('link', { name: 'Edit Lamp' });
    expect(edit).toHaveAttribute('href', '/admin/products/4');
    expect(edit).toHaveAttribute('title', 'Edit');
    await userEvent.click(screen.getByRole('button', { name: 'Delete Lamp' }));
    expect(onDelete).toHaveBeenCalledOnce();
  });

  test('edits in place, with the words beside the icons when labelled', async () => {
    const onEdit = vi.fn();
    render(<RowActions name="Lights" edit={{ onClick: onEdit }} onDelete={vi.fn()} labelled />);
    const edit = screen.getByRole('button', { name: 'Edit Lights' });
    expect(edit).toHaveTextContent('Edit');
    expect(edit).not.toHaveAttribute('title');
    await userEvent.click(edit);
    expect(onEdit).toHaveBeenCalledOnce();
    expect(screen.getByRole('button', { name: 'Delete Lights' })).toHaveTextContent('Delete');
  });

  test('makes the last column of a table, headed for screen readers only', () => {
    render(
      <DataTable
        caption="Things"
        columns={[
          { label: 'Name', cell: (thing: { id: number; name: string }) => thing.name },
          rowActionsColumn((thing: { id: number; name: string }) => ({
            name: thing.name,
            edit: { href: `/things/${thing.id}` },
            onDelete: vi.fn(),
          })),
        ]}
        rows={[{ id: 1, name: 'Lamp' }]}
        rowKey={(thing) => thing.id}
      />,
    );
    expect(screen.getByText('Actions')).toHaveClass('sr-only');
    expect(screen.getByRole('link', { name: 'Edit Lamp' })).toHaveAttribute('href', '/things/1');
  });

  test('edits and deletes rows in place, each control named for its row', async () => {
    const onEdit = vi.fn();
    const onDelete = vi.fn();
    const lamp = { id: 1, name: 'Lamp' };
    render(
      <DataTable
        caption="Things"
        columns={[editInPlaceColumn((thing: typeof lamp) => thing.name, { onEdit, onDelete })]}
        rows={[lamp]}
        rowKey={(thing) => thing.id}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Edit Lamp' }));
    expect(onEdit).toHaveBeenCalledWith(lamp);
    await userEvent.click(screen.getByRole('button', { name: 'Delete Lamp' }));
    expect(onDelete).toHaveBeenCalledWith(lamp);
  });
});

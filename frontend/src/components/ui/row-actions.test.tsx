import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { RowActions } from '@/components/ui/row-actions';

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
});

import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { EditDialog, type Editing } from '@/components/ui/edit-dialog';

interface Thing {
  id: number;
  name: string;
}

beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

function renderDialog(editing: Editing<Thing>) {
  const form = vi.fn((thing: Thing | null) => <p>Form for {thing?.name ?? 'a new thing'}</p>);
  render(
    <EditDialog
      editing={editing}
      onClose={vi.fn()}
      title={(thing) => (thing ? `Edit ${thing.name}` : 'New thing')}
    >
      {form}
    </EditDialog>,
  );
  return form;
}

describe('EditDialog', () => {
  test('draws no form while it is closed', () => {
    const form = renderDialog(null);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(form).not.toHaveBeenCalled();
  });

  test('holds the form for a new item under the title for a new one', () => {
    renderDialog('new');
    expect(screen.getByRole('dialog', { name: 'New thing' })).toHaveTextContent(
      'Form for a new thing',
    );
  });

  test('holds the form for the item edited under its title', () => {
    renderDialog({ id: 3, name: 'Lamp' });
    expect(screen.getByRole('dialog', { name: 'Edit Lamp' })).toHaveTextContent('Form for Lamp');
  });
});

import { act, render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { EditDialog, useEditDialog } from '@/components/ui/edit-dialog';

interface Thing {
  id: number;
  name: string;
}

const lamp: Thing = { id: 3, name: 'Lamp' };

beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

function Things({ form }: { form: (thing: Thing | null) => JSX.Element }) {
  const dialog = useEditDialog<Thing>();
  return (
    <>
      <button type="button" onClick={() => dialog.open('new')}>
        New thing
      </button>
      <button type="button" onClick={() => dialog.open(lamp)}>
        Edit Lamp
      </button>
      <EditDialog dialog={dialog} title={(thing) => (thing ? `Edit ${thing.name}` : 'New thing')}>
        {form}
      </EditDialog>
    </>
  );
}

describe('useEditDialog', () => {
  test('is open for an item or a new one until closed', () => {
    const { result } = renderHook(() => useEditDialog<Thing>());
    expect(result.current.editing).toBeNull();
    act(() => result.current.open(lamp));
    expect(result.current.editing).toBe(lamp);
    act(() => result.current.open('new'));
    expect(result.current.editing).toBe('new');
    act(() => result.current.close());
    expect(result.current.editing).toBeNull();
  });
});

describe('EditDialog', () => {
  test('draws no form while closed, then the form for a new item or the one edited', async () => {
    const user = userEvent.setup();
    const form = vi.fn((thing: Thing | null) => <p>Form for {thing?.name ?? 'a new thing'}</p>);
    render(<Things form={form} />);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(form).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'New thing' }));
    expect(screen.getByRole('dialog', { name: 'New thing' })).toHaveTextContent(
      'Form for a new thing',
    );
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Edit Lamp' }));
    expect(screen.getByRole('dialog', { name: 'Edit Lamp' })).toHaveTextContent('Form for Lamp');
  });
});

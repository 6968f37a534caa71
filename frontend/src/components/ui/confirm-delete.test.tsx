import { act, render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { ConfirmDeleteDialog, useConfirmDelete } from '@/components/ui/confirm-delete';
import { ApiError } from '@/lib/api-error';

interface Thing {
  id: number;
  name: string;
}

const lamp: Thing = { id: 4, name: 'Lamp' };

const wording = {
  title: (thing: Thing) => `Delete ${thing.name}?`,
  description: (thing: Thing) => `${thing.name} leaves the shop.`,
  confirmLabel: 'Delete thing',
};

beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

function Things({ remove, onDeleted }: { remove: () => Promise<void>; onDeleted: () => void }) {
  const deletion = useConfirmDelete<Thing>({ remove, onDeleted, ...wording });
  return (
    <>
      <button type="button" onClick={() => deletion.ask(lamp)}>
        Delete Lamp
      </button>
      <ConfirmDeleteDialog deletion={deletion} />
    </>
  );
}

describe('useConfirmDelete', () => {
  test('deletes the item asked about once confirmed, then closes and reports it', async () => {
    const remove = vi.fn(() => Promise.resolve());
    const onDeleted = vi.fn();
    const { result } = renderHook(() => useConfirmDelete<Thing>({ remove, onDeleted, ...wording }));
    act(() => result.current.ask(lamp));
    expect(result.current.target).toBe(lamp);
    await act(() => result.current.confirm());
    expect(remove).toHaveBeenCalledWith(lamp);
    expect(onDeleted).toHaveBeenCalledWith(lamp);
    expect(result.current.target).toBeNull();
  });

  test('stays open with the failure, worded as asked and also told, until asked again', async () => {
    const onError = vi.fn();
    const { result } = renderHook(() =>
      useConfirmDelete<Thing>({
        remove: () => Promise.reject(new ApiError(409, 'In use.')),
        onDeleted: vi.fn(),
        failure: (error, thing) => `${thing.name}: ${(error as ApiError).message}`,
        onError,
        ...wording,
      }),
    );
    act(() => result.current.ask(lamp));
    await act(() => result.current.confirm());
    expect(result.current.target).toBe(lamp);
    expect(result.current.error).toBe('Lamp: In use.');
    expect(onError).toHaveBeenCalledWith('Lamp: In use.');
    act(() => result.current.cancel());
    expect(result.current.target).toBeNull();
    act(() => result.current.ask(lamp));
    expect(result.current.error).toBeNull();
  });
});

describe('ConfirmDeleteDialog', () => {
  test('asks about the item, shows why the delete failed and closes once it succeeds', async () => {
    const user = userEvent.setup();
    const remove = vi
      .fn<() => Promise<void>>()
      .mockRejectedValueOnce(new ApiError(503, 'Try again later.'))
      .mockResolvedValueOnce(undefined);
    const onDeleted = vi.fn();
    render(<Things remove={remove} onDeleted={onDeleted} />);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Delete Lamp' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete Lamp?' });
    expect(dialog).toHaveAccessibleDescription('Lamp leaves the shop.');
    await user.click(screen.getByRole('button', { name: 'Delete thing' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Try again later.');
    expect(onDeleted).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Delete thing' }));
    expect(onDeleted).toHaveBeenCalledOnce();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});

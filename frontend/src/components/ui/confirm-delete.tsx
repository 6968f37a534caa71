'use client';

// Deleting an item once the person confirms it: which item the confirmation is open for, the
// delete while it runs, and why it failed, shown in the confirmation itself.
import { useState, type ReactNode } from 'react';
import { ConfirmDialog } from '@/components/ui/dialog';
import { useDialogAction } from '@/components/ui/use-dialog-action';
import { errorMessage } from '@/lib/api-error';

export interface ConfirmDeleteOptions<T> {
  remove: (item: T) => Promise<void>;
  /** Called once the delete succeeded and the confirmation closed, e.g. to toast and reload. */
  onDeleted: (item: T) => Promise<void> | void;
  /** What the confirmation says of a failure (the API's message unless given). */
  failure?: (error: unknown, item: T) => string;
  /** Also told the failure's message, e.g. to toast it. */
  onError?: (message: string) => void;
  /** What the confirmation asks and says of the item. */
  title: (item: T) => string;
  description: (item: T) => ReactNode;
  /** The confirming button, e.g. "Delete address". */
  confirmLabel: string;
}

export interface ConfirmDelete<T>
  extends Pick<ConfirmDeleteOptions<T>, 'title' | 'description' | 'confirmLabel'> {
  /** The item the confirmation asks about, or null while it is closed. */
  target: T | null;
  /** Opens the confirmation for `item`, without the last failure. */
  ask: (item: T) => void;
  cancel: () => void;
  /** Deletes the target; the confirmation stays open, with the reason, when that fails. */
  confirm: () => Promise<void>;
  busy: boolean;
  error: string | null;
}

export function useConfirmDelete<T>({
  remove,
  onDeleted,
  failure = errorMessage,
  onError,
  ...wording
}: ConfirmDeleteOptions<T>): ConfirmDelete<T> {
  const [target, setTarget] = useState<T | null>(null);
  const action = useDialogAction();
  const confirm = async () => {
    if (target === null) return;
    const item = target;
    const describe = (error: unknown) => {
      const message = failure(error, item);
      onError?.(message);
      return message;
    };
    if (await action.run(() => remove(item), describe)) {
      setTarget(null);
      await onDeleted(item);
    }
  };
  return {
    ...wording,
    target,
    ask: (item) => {
      action.setError(null);
      setTarget(() => item);
    },
    cancel: () => setTarget(null),
    confirm,
    busy: action.busy,
    error: action.error,
  };
}

/** The confirmation of `deletion`, open while it has a target. */
export function ConfirmDeleteDialog<T>({ deletion }: { deletion: ConfirmDelete<T> }) {
  const item = deletion.target;
  return (
    <ConfirmDialog
      open={item !== null}
      title={item === null ? '' : deletion.title(item)}
      description={item === null ? '' : deletion.description(item)}
      confirmLabel={deletion.confirmLabel}
      busy={deletion.busy}
      error={deletion.error}
      onConfirm={() => void deletion.confirm()}
      onCancel={deletion.cancel}
    />
  );
}

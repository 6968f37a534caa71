'use client';

// The dialog that holds the form creating an item or editing one: useEditDialog says what it is
// open for (an item, a new one, or nothing); EditDialog draws the form afresh each time it opens.
import { useState, type ReactNode } from 'react';
import { Dialog, type DialogProps } from '@/components/ui/dialog';

export interface EditDialogState<T> {
  /** The item being edited, 'new' while one is created, or null while the dialog is closed. */
  editing: T | 'new' | null;
  open: (item: T | 'new') => void;
  close: () => void;
}

export function useEditDialog<T>(): EditDialogState<T> {
  const [editing, setEditing] = useState<T | 'new' | null>(null);
  return { editing, open: (item) => setEditing(() => item), close: () => setEditing(null) };
}

export interface EditDialogProps<T> {
  dialog: EditDialogState<T>;
  /** The title for the item edited, or for a new one (null). */
  title: (item: T | null) => string;
  size?: DialogProps['size'];
  /** The form for the item edited, or for a new one (null). */
  children: (item: T | null) => ReactNode;
}

export function EditDialog<T>({ dialog, title, size, children }: EditDialogProps<T>) {
  const { editing } = dialog;
  const item = editing === 'new' ? null : editing;
  return (
    <Dialog open={editing !== null} onClose={dialog.close} title={title(item)} size={size}>
      {editing !== null ? children(item) : null}
    </Dialog>
  );
}

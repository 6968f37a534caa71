'use client';

// The dialog that holds the form creating an item or editing one: open while `editing` names the
// item (or 'new'); the form is drawn afresh each time it opens.
import type { ReactNode } from 'react';
import { Dialog, type DialogProps } from '@/components/ui/dialog';

/** What an edit dialog is open for: an item, a new one, or nothing (closed). */
export type Editing<T> = T | 'new' | null;

export interface EditDialogProps<T> {
  editing: Editing<T>;
  onClose: () => void;
  /** The title for the item edited, or for a new one (null). */
  title: (item: T | null) => string;
  size?: DialogProps['size'];
  /** The form for the item edited, or for a new one (null). */
  children: (item: T | null) => ReactNode;
}

export function EditDialog<T>({ editing, onClose, title, size, children }: EditDialogProps<T>) {
  const item = editing === 'new' ? null : editing;
  return (
    <Dialog open={editing !== null} onClose={onClose} title={title(item)} size={size}>
      {editing !== null ? children(item) : null}
    </Dialog>
  );
}

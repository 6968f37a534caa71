// The Edit and Delete controls at the end of a table row, each named for the row it acts on.
import Link from 'next/link';
import type { ComponentType, ReactNode, SVGProps } from 'react';
import { PencilSquareIcon, TrashIcon } from '@heroicons/react/24/outline';
import { Button, buttonClasses } from '@/components/ui/button';
import type { DataTableColumn } from '@/components/ui/data-table';

export interface RowActionsProps {
  /** What the row is, e.g. a product's name: the controls are "Edit <name>" and "Delete <name>". */
  name: string;
  /** Editing opens a page (`href`) or happens in place (`onClick`, e.g. a dialog). */
  edit: { href: string } | { onClick: () => void };
  onDelete: () => void;
  /** The words beside the icons; without them the icons alone show, the words as tooltips. */
  labelled?: boolean;
}

export function RowActions({ name, edit, onDelete, labelled = false }: RowActionsProps) {
  const content = (Icon: ComponentType<SVGProps<SVGSVGElement>>, word: string): ReactNode => (
    <>
      <Icon className={labelled ? 'h-4 w-4' : 'h-5 w-5'} aria-hidden="true" />
      {labelled ? word : null}
    </>
  );
  const tooltip = (word: string) => (labelled ? undefined : word);
  const editControl = {
    'aria-label': `Edit ${name}`,
    title: tooltip('Edit'),
    children: content(PencilSquareIcon, 'Edit'),
  };
  return (
    <div className="flex justify-end gap-1">
      {'href' in edit ? (
        <Link href={edit.href} className={buttonClasses('ghost', 'sm')} {...editControl} />
      ) : (
        <Button variant="ghost" size="sm" onClick={edit.onClick} {...editControl} />
      )}
      <Button
        variant="ghost"
        size="sm"
        className="text-red-700 hover:bg-red-50"
        onClick={onDelete}
        aria-label={`Delete ${name}`}
        title={tooltip('Delete')}
      >
        {content(TrashIcon, 'Delete')}
      </Button>
    </div>
  );
}

/** What a table whose rows are edited in place (e.g. in a dialog) and deleted does with a row. */
export interface RowEditing<T> {
  onEdit: (row: T) => void;
  onDelete: (row: T) => void;
}

/** The last column of a table whose rows can be edited and deleted: `actions` of each row. */
export function rowActionsColumn<T>(actions: (row: T) => RowActionsProps): DataTableColumn<T> {
  return {
    label: 'Actions',
    align: 'right',
    hidden: true,
    cell: (row) => <RowActions {...actions(row)} />,
  };
}

/** The actions column of a table whose rows are edited in place: the controls name each row. */
export function editInPlaceColumn<T>(
  name: (row: T) => string,
  { onEdit, onDelete }: RowEditing<T>,
  labelled?: boolean,
): DataTableColumn<T> {
  return rowActionsColumn((row) => ({
    name: name(row),
    edit: { onClick: () => onEdit(row) },
    onDelete: () => onDelete(row),
    labelled,
  }));
}

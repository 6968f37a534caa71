'use client';

import toast from 'react-hot-toast';
import { PlusIcon, TagIcon } from '@heroicons/react/24/outline';
import { maxLength, notBlank, slugPattern } from '@/components/forms/field-rules';
import { FormShell } from '@/components/forms/form-shell';
import { NameAndSlugFields } from '@/components/forms/name-and-slug-fields';
import { TextareaField } from '@/components/forms/textarea-field';
import { useServerForm } from '@/components/forms/use-server-form';
import { AdminPageHeader } from '@/components/layout/admin-shell';
import { Button } from '@/components/ui/button';
import { DataTable, type DataTableColumn } from '@/components/ui/data-table';
import { ConfirmDeleteDialog, useConfirmDelete } from '@/components/ui/confirm-delete';
import { EditDialog, useEditDialog } from '@/components/ui/edit-dialog';
import { EmptyState } from '@/components/ui/empty-state';
import { LoadError } from '@/components/ui/load-error';
import { editInPlaceColumn, type RowEditing } from '@/components/ui/row-actions';
import { TableSkeleton } from '@/components/ui/skeleton';
import {
  createCategory,
  deleteCategory,
  listCategories,
  updateCategory,
} from '@/features/admin-categories/api';
import {
  categoryFormValues,
  toCategoryInput,
  type CategoryFormValues,
} from '@/features/admin-categories/form';
import type { Category } from '@/features/admin-categories/types';
import { errorMessage, toApiError } from '@/lib/api-error';
import { createOrUpdate } from '@/lib/create-or-update';
import { useRemote } from '@/lib/use-remote';

const FIELDS = ['name', 'slug', 'description'] as const;

function CategoryForm({
  category,
  onSaved,
  onCancel,
}: {
  category: Category | null;
  onSaved: (category: Category) => void;
  onCancel: () => void;
}) {
  const form = useServerForm<CategoryFormValues>({
    defaultValues: categoryFormValues(category),
    fields: FIELDS,
    // The one unique field a client can choose: another category has the slug.
    statusFields: { 409: { field: 'slug' } },
  });

  const { register } = form;
  const { errors } = form.formState;

  const onSubmit = async (values: CategoryFormValues) => {
    const input = toCategoryInput(values, category !== null);
    onSaved(await createOrUpdate(category, input, createCategory, updateCategory));
  };

  return (
    <FormShell
      form={form}
      onSubmit={onSubmit}
      actions={{ submitLabel: category ? 'Save changes' : 'Create category', onCancel }}
    >
      <NameAndSlugFields
        name={register('name', { validate: notBlank('Enter a name.'), maxLength: maxLength(100) })}
        slug={register('slug', { pattern: slugPattern })}
        nameError={errors.name?.message}
        slugError={errors.slug?.message}
        slugHint="Used in the shop's web addresses. Leave empty to make one from the name."
        autoFocus
      />
      <TextareaField
        label="Description"
        rows={3}
        error={errors.description?.message}
        {...register('description')}
      />
    </FormShell>
  );
}

function categoryColumns(editing: RowEditing<Category>): DataTableColumn<Category>[] {
  return [
    {
      label: 'Name',
      cell: (category) => (
        <>
          <span className="font-medium text-slate-900">{category.name}</span>
          {category.description ? (
            <span className="block max-w-md truncate text-xs text-slate-600">
              {category.description}
            </span>
          ) : null}
        </>
      ),
    },
    {
      label: 'Slug',
      className: 'font-mono text-xs text-slate-700',
      cell: (category) => category.slug,
    },
    { label: 'Products', align: 'right', cell: (category) => category.product_count },
    editInPlaceColumn((category) => category.name, editing, true),
  ];
}

export function CategoryManager() {
  const categories = useRemote('categories', listCategories);
  const editor = useEditDialog<Category>();
  const deletion = useConfirmDelete<Category>({
    remove: ({ id }) => deleteCategory(id),
    onDeleted: ({ name }) => {
      toast.success(`Category “${name}” deleted.`);
      void categories.reload();
    },
    failure: (error, { name }) =>
      toApiError(error).status === 409
        ? `“${name}” is still used by products. Move those products to another category or delete them first.`
        : errorMessage(error),
    onError: (message) => toast.error(message),
    title: ({ name }) => `Delete “${name}”?`,
    description: ({ product_count }) =>
      product_count > 0
        ? `${product_count} product(s) use this category. A category can only be deleted once no product uses it.`
        : 'The category is removed from the shop. This cannot be undone.',
    confirmLabel: 'Delete category',
  });

  const onSaved = (saved: Category) => {
    const isNew = editor.editing === 'new';
    editor.close();
    toast.success(isNew ? `Category “${saved.name}” created.` : `Category “${saved.name}” saved.`);
    void categories.reload();
  };

  const list = categories.data;
  return (
    <>
      <AdminPageHeader
        title="Categories"
        description="Group products so shoppers can browse them."
        actions={
          <Button onClick={() => editor.open('new')} icon={PlusIcon}>
            New category
          </Button>
        }
      />
      {categories.error ? (
        <LoadError error={categories.error} onRetry={() => void categories.reload()} />
      ) : list === null ? (
        <TableSkeleton label="Loading categories" rows={5} />
      ) : list.length === 0 ? (
        <EmptyState
          icon={TagIcon}
          title="No categories yet"
          action={<Button onClick={() => editor.open('new')}>Create a category</Button>}
        >
          Categories help shoppers find products. Create the first one.
        </EmptyState>
      ) : (
        <DataTable
          caption="Categories"
          columns={categoryColumns({ onEdit: editor.open, onDelete: deletion.ask })}
          rows={list}
          rowKey={(category) => category.id}
          rowTestId="category-row"
          minWidthClass="min-w-[36rem]"
        />
      )}

      <EditDialog
        dialog={editor}
        title={(category) => (category ? `Edit ${category.name}` : 'New category')}
      >
        {(category) => (
          <CategoryForm
            key={category?.id ?? 'new'}
            category={category}
            onSaved={onSaved}
            onCancel={editor.close}
          />
        )}
      </EditDialog>

      <ConfirmDeleteDialog deletion={deletion} />
    </>
  );
}

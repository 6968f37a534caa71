'use client';

import { useState } from 'react';
import toast from 'react-hot-toast';
import { PlusIcon, TagIcon } from '@heroicons/react/24/outline';
import { maxLength, notBlank, slugPattern } from '@/components/forms/field-rules';
import { FormAlert } from '@/components/forms/form-alert';
import { NameAndSlugFields } from '@/components/forms/name-and-slug-fields';
import { TextareaField } from '@/components/forms/textarea-field';
import { useServerForm } from '@/components/forms/use-server-form';
import { AdminPageHeader } from '@/components/layout/admin-shell';
import { Button } from '@/components/ui/button';
import { DataTable, type DataTableColumn } from '@/components/ui/data-table';
import { ConfirmDialog, Dialog } from '@/components/ui/dialog';
import { EmptyState } from '@/components/ui/empty-state';
import { LoadError } from '@/components/ui/load-error';
import { rowActionsColumn } from '@/components/ui/row-actions';
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
  const {
    register,
    submit,
    formError,
    formState: { errors, isSubmitting },
  } = useServerForm<CategoryFormValues>({
    defaultValues: categoryFormValues(category),
    fields: FIELDS,
    // The one unique field a client can choose: another category has the slug.
    statusFields: { 409: { field: 'slug' } },
  });

  const onSubmit = async (values: CategoryFormValues) => {
    const input = toCategoryInput(values, category !== null);
    const saved = category ? await updateCategory(category.id, input) : await createCategory(input);
    onSaved(saved);
  };

  return (
    <form onSubmit={submit(onSubmit)} noValidate className="space-y-4">
      <FormAlert message={formError} />
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
      <div className="flex justify-end gap-2 pt-2">
        <Button variant="secondary" onClick={onCancel} disabled={isSubmitting}>
          Cancel
        </Button>
        <Button type="submit" loading={isSubmitting}>
          {category ? 'Save changes' : 'Create category'}
        </Button>
      </div>
    </form>
  );
}

function categoryColumns({
  onEdit,
  onDelete,
}: {
  onEdit: (category: Category) => void;
  onDelete: (category: Category) => void;
}): DataTableColumn<Category>[] {
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
    rowActionsColumn((category) => ({
      name: category.name,
      edit: { onClick: () => onEdit(category) },
      onDelete: () => onDelete(category),
      labelled: true,
    })),
  ];
}

type Editing = { category: Category | null } | null;

export function CategoryManager() {
  const categories = useRemote('categories', listCategories);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Category | null>(null);
  const [deleteBusy, setDeleteBusy] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);

  const onSaved = (saved: Category) => {
    const isNew = editing?.category === null;
    setEditing(null);
    toast.success(isNew ? `Category “${saved.name}” created.` : `Category “${saved.name}” saved.`);
    void categories.reload();
  };

  const onDelete = async () => {
    if (!deleting) return;
    setDeleteBusy(true);
    setDeleteError(null);
    try {
      await deleteCategory(deleting.id);
      toast.success(`Category “${deleting.name}” deleted.`);
      setDeleting(null);
      void categories.reload();
    } catch (error: unknown) {
      const apiError = toApiError(error);
      const message =
        apiError.status === 409
          ? `“${deleting.name}” is still used by products. Move those products to another category or delete them first.`
          : errorMessage(error);
      setDeleteError(message);
      toast.error(message);
    } finally {
      setDeleteBusy(false);
    }
  };

  const list = categories.data;
  return (
    <>
      <AdminPageHeader
        title="Categories"
        description="Group products so shoppers can browse them."
        actions={
          <Button onClick={() => setEditing({ category: null })}>
            <PlusIcon className="h-5 w-5" aria-hidden="true" />
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
          action={<Button onClick={() => setEditing({ category: null })}>Create a category</Button>}
        >
          Categories help shoppers find products. Create the first one.
        </EmptyState>
      ) : (
        <DataTable
          caption="Categories"
          columns={categoryColumns({
            onEdit: (category) => setEditing({ category }),
            onDelete: (category) => {
              setDeleteError(null);
              setDeleting(category);
            },
          })}
          rows={list}
          rowKey={(category) => category.id}
          rowTestId="category-row"
          minWidthClass="min-w-[36rem]"
        />
      )}

      <Dialog
        open={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.category ? `Edit ${editing.category.name}` : 'New category'}
      >
        {editing ? (
          <CategoryForm
            key={editing.category?.id ?? 'new'}
            category={editing.category}
            onSaved={onSaved}
            onCancel={() => setEditing(null)}
          />
        ) : null}
      </Dialog>

      <ConfirmDialog
        open={deleting !== null}
        title={`Delete “${deleting?.name ?? ''}”?`}
        description={
          deleting && deleting.product_count > 0
            ? `${deleting.product_count} product(s) use this category. A category can only be deleted once no product uses it.`
            : 'The category is removed from the shop. This cannot be undone.'
        }
        confirmLabel="Delete category"
        busy={deleteBusy}
        error={deleteError}
        onConfirm={() => void onDelete()}
        onCancel={() => setDeleting(null)}
      />
    </>
  );
}

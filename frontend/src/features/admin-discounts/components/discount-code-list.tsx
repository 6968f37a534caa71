'use client';

// The back office's discount codes: a searchable, paged table, a dialog that creates or edits a
// code, and a confirmation before one is deleted.
import { useState } from 'react';
import toast from 'react-hot-toast';
import { PlusIcon, ReceiptPercentIcon } from '@heroicons/react/24/outline';
import { AdminPageHeader } from '@/components/layout/admin-shell';
import { Button } from '@/components/ui/button';
import { ConfirmDialog, Dialog } from '@/components/ui/dialog';
import { ListToolbar } from '@/components/ui/list-toolbar';
import { listSearch } from '@/components/ui/list-search';
import { PagedTable } from '@/components/ui/paged-table';
import { useDialogAction } from '@/components/ui/use-dialog-action';
import { deleteDiscountCode, listDiscountCodes } from '@/features/admin-discounts/api';
import { discountCodeColumns } from '@/features/admin-discounts/components/discount-code-columns';
import { DiscountCodeForm } from '@/features/admin-discounts/components/discount-code-form';
import { discountCodeListQuery } from '@/features/admin-discounts/list-query';
import type { DiscountCode } from '@/features/admin-discounts/types';
import { useUrlList } from '@/lib/use-url-list';

export function DiscountCodeList() {
  const codes = useUrlList('discount-codes', discountCodeListQuery, listDiscountCodes);
  const [editing, setEditing] = useState<DiscountCode | 'new' | null>(null);
  const [deleting, setDeleting] = useState<DiscountCode | null>(null);
  const removal = useDialogAction();

  const onSaved = (saved: DiscountCode) => {
    toast.success(
      editing === 'new'
        ? `Discount code ${saved.code} created.`
        : `Discount code ${saved.code} saved.`,
    );
    setEditing(null);
    void codes.reload();
  };

  const onConfirmDelete = async () => {
    if (deleting === null) return;
    const { id, code } = deleting;
    if (await removal.run(() => deleteDiscountCode(id))) {
      setDeleting(null);
      toast.success(`Discount code ${code} deleted.`);
      await codes.reload();
    }
  };

  const newButton = (
    <Button onClick={() => setEditing('new')}>
      <PlusIcon className="h-5 w-5" aria-hidden="true" />
      New discount code
    </Button>
  );
  const page = codes.data;
  return (
    <>
      <AdminPageHeader
        title="Discount codes"
        description={
          page
            ? `${page.total} ${page.total === 1 ? 'code' : 'codes'}. Customers apply a code in their cart; checkout counts its use.`
            : 'Codes customers apply in their cart.'
        }
        actions={newButton}
      />
      <ListToolbar
        search={listSearch(codes, {
          id: 'discount-code-search',
          label: 'Search discount codes',
          placeholder: 'Part of a code',
        })}
      />
      <PagedTable
        list={codes}
        empty={{
          icon: ReceiptPercentIcon,
          noMatch: {
            title: 'No codes match',
            text: 'Try another part of a code.',
            clearLabel: 'Clear the search',
          },
          none: {
            title: 'No discount codes yet',
            text: 'Create a code to give customers a percentage or an amount off.',
            action: newButton,
          },
        }}
        caption="Discount codes"
        columns={discountCodeColumns({
          onEdit: setEditing,
          onDelete: (code) => {
            removal.setError(null);
            setDeleting(code);
          },
        })}
        rowTestId="discount-code-row"
        minWidthClass="min-w-[56rem]"
      />
      <Dialog
        open={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? 'New discount code' : `Edit ${editing?.code ?? ''}`}
        size="lg"
      >
        {editing !== null ? (
          <DiscountCodeForm
            discountCode={editing === 'new' ? null : editing}
            onSaved={onSaved}
            onCancel={() => setEditing(null)}
          />
        ) : null}
      </Dialog>
      <ConfirmDialog
        open={deleting !== null}
        title={`Delete ${deleting?.code ?? ''}?`}
        description="Customers can no longer apply it, and it leaves the carts it is on. Orders placed with it keep its code and amount."
        confirmLabel="Delete discount code"
        busy={removal.busy}
        error={removal.error}
        onConfirm={() => void onConfirmDelete()}
        onCancel={() => setDeleting(null)}
      />
    </>
  );
}

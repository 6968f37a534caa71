'use client';

// The back office's discount codes: a searchable, paged table, a dialog that creates or edits a
// code, and a confirmation before one is deleted.
import toast from 'react-hot-toast';
import { PlusIcon, ReceiptPercentIcon } from '@heroicons/react/24/outline';
import { AdminListPage } from '@/components/layout/admin-list-page';
import { Button } from '@/components/ui/button';
import { ConfirmDeleteDialog, useConfirmDelete } from '@/components/ui/confirm-delete';
import { EditDialog, useEditDialog } from '@/components/ui/edit-dialog';
import { deleteDiscountCode, listDiscountCodes } from '@/features/admin-discounts/api';
import { discountCodeColumns } from '@/features/admin-discounts/components/discount-code-columns';
import { DiscountCodeForm } from '@/features/admin-discounts/components/discount-code-form';
import { discountCodeListQuery } from '@/features/admin-discounts/list-query';
import type { DiscountCode } from '@/features/admin-discounts/types';
import { countOf } from '@/lib/plural';
import { useUrlList } from '@/lib/use-url-list';

export function DiscountCodeList() {
  const codes = useUrlList('discount-codes', discountCodeListQuery, listDiscountCodes);
  const editor = useEditDialog<DiscountCode>();
  const deletion = useConfirmDelete<DiscountCode>({
    remove: ({ id }) => deleteDiscountCode(id),
    onDeleted: async ({ code }) => {
      toast.success(`Discount code ${code} deleted.`);
      await codes.reload();
    },
    title: ({ code }) => `Delete ${code}?`,
    description: () =>
      'Customers can no longer apply it, and it leaves the carts it is on. Orders placed with it keep its code and amount.',
    confirmLabel: 'Delete discount code',
  });

  const onSaved = (saved: DiscountCode) => {
    toast.success(
      editor.editing === 'new'
        ? `Discount code ${saved.code} created.`
        : `Discount code ${saved.code} saved.`,
    );
    editor.close();
    void codes.reload();
  };

  const newButton = (
    <Button onClick={() => editor.open('new')} icon={PlusIcon}>
      New discount code
    </Button>
  );
  return (
    <AdminListPage
      title="Discount codes"
      summary={(total) =>
        `${countOf(total, 'code', 'codes')}. Customers apply a code in their cart; checkout counts its use.`
      }
      description="Codes customers apply in their cart."
      actions={newButton}
      search={{ id: 'discount-code-search', placeholder: 'Part of a code' }}
      list={codes}
      empty={{
        icon: ReceiptPercentIcon,
        noMatch: { title: 'No codes match', text: 'Try another part of a code.' },
        none: {
          title: 'No discount codes yet',
          text: 'Create a code to give customers a percentage or an amount off.',
          action: newButton,
        },
      }}
      columns={discountCodeColumns({ onEdit: editor.open, onDelete: deletion.ask })}
      rowTestId="discount-code-row"
      minWidthClass="min-w-[56rem]"
    >
      <EditDialog
        dialog={editor}
        title={(code) => (code ? `Edit ${code.code}` : 'New discount code')}
        size="lg"
      >
        {(code) => (
          <DiscountCodeForm discountCode={code} onSaved={onSaved} onCancel={editor.close} />
        )}
      </EditDialog>
      <ConfirmDeleteDialog deletion={deletion} />
    </AdminListPage>
  );
}

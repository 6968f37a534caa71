'use client';

// The confirmation before deleting a product, and the deletion: a product that orders reference is
// deactivated instead, which the toast (and `onDeleted`) says.
import toast from 'react-hot-toast';
import { ConfirmDialog } from '@/components/ui/dialog';
import { useDialogAction } from '@/components/ui/use-dialog-action';
import { deleteProduct } from '@/features/admin-products/api';
import type { AdminProduct, DeleteOutcome } from '@/features/admin-products/types';

/** What the admin is told when a product with orders was deactivated rather than deleted. */
export function deactivatedMessage(product: AdminProduct): string {
  return `“${product.name}” has orders, so it was deactivated instead of deleted: it is hidden from the shop and kept for the order history.`;
}

export interface DeleteProductDialogProps {
  /** The product to confirm the deletion of; null closes the dialog. */
  product: AdminProduct | null;
  onCancel: () => void;
  onDeleted: (product: AdminProduct, outcome: DeleteOutcome) => void;
}

export function DeleteProductDialog({ product, onCancel, onDeleted }: DeleteProductDialogProps) {
  const deletion = useDialogAction();

  const onConfirm = async () => {
    if (!product) return;
    await deletion.run(async () => {
      const outcome = await deleteProduct(product.id);
      if (outcome === 'deactivated') {
        toast(deactivatedMessage(product), { icon: 'ℹ️', duration: 8000 });
      } else {
        toast.success(`“${product.name}” was deleted.`);
      }
      onDeleted(product, outcome);
    });
  };

  return (
    <ConfirmDialog
      open={product !== null}
      title={`Delete “${product?.name ?? ''}”?`}
      description={
        <>
          <p>The product is removed from the shop and from the back office.</p>
          <p className="mt-2">
            If customers have ordered it, it is <strong>deactivated instead</strong>: hidden from
            the shop but kept, so past orders stay complete.
          </p>
        </>
      }
      confirmLabel="Delete product"
      busy={deletion.busy}
      error={deletion.error}
      onConfirm={() => void onConfirm()}
      onCancel={() => {
        deletion.setError(null);
        onCancel();
      }}
    />
  );
}

'use client';

// The confirmation before deleting a product, and the deletion: a product that orders reference is
// deactivated instead, which the toast (and `onDeleted`) says.
import { useState } from 'react';
import toast from 'react-hot-toast';
import { ConfirmDialog } from '@/components/ui/dialog';
import { deleteProduct } from '@/features/admin-products/api';
import type { AdminProduct, DeleteOutcome } from '@/features/admin-products/types';
import { errorMessage } from '@/lib/api-error';

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
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const onConfirm = async () => {
    if (!product) return;
    setBusy(true);
    setError(null);
    try {
      const outcome = await deleteProduct(product.id);
      if (outcome === 'deactivated') {
        toast(deactivatedMessage(product), { icon: 'ℹ️', duration: 8000 });
      } else {
        toast.success(`“${product.name}” was deleted.`);
      }
      onDeleted(product, outcome);
    } catch (caught: unknown) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
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
      busy={busy}
      error={error}
      onConfirm={() => void onConfirm()}
      onCancel={() => {
        setError(null);
        onCancel();
      }}
    />
  );
}

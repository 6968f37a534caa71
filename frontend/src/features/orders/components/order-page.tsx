'use client';

import Link from 'next/link';
import { useState } from 'react';
import toast from 'react-hot-toast';
import { CheckCircleIcon } from '@heroicons/react/24/solid';
import { Alert } from '@/components/ui/alert';
import { Button, buttonClasses } from '@/components/ui/button';
import { DetailSkeleton } from '@/components/ui/skeleton';
import { cancelOrder } from '@/features/orders/api';
import { OrderDetails } from '@/features/orders/components/order-details';
import { useOrder } from '@/features/orders/components/use-order';
import type { Order } from '@/features/orders/types';
import { errorMessage } from '@/lib/api-error';

function CancelOrder({
  order,
  onCancelled,
}: {
  order: Order;
  onCancelled: (order: Order) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  if (order.status !== 'pending') return null;

  const onConfirm = async () => {
    setBusy(true);
    try {
      const updated = await cancelOrder(order.id);
      onCancelled(updated);
      toast.success(`Order ${updated.order_number} was cancelled.`);
      setConfirming(false);
    } catch (error: unknown) {
      toast.error(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  if (!confirming) {
    return (
      <Button variant="secondary" onClick={() => setConfirming(true)}>
        Cancel order
      </Button>
    );
  }
  return (
    <div
      role="group"
      aria-label="Confirm cancellation"
      className="flex flex-wrap items-center gap-2 rounded-md border border-red-200 bg-red-50 p-3"
    >
      <p className="text-sm text-red-900">Cancel this order? This cannot be undone.</p>
      <Button variant="danger" size="sm" loading={busy} onClick={() => void onConfirm()} autoFocus>
        Yes, cancel order
      </Button>
      <Button variant="ghost" size="sm" onClick={() => setConfirming(false)} disabled={busy}>
        Keep order
      </Button>
    </div>
  );
}

export function OrderPage({ id, confirmation = false }: { id: string; confirmation?: boolean }) {
  const { order, error, loading, setOrder } = useOrder(id);

  if (loading && !order) return <DetailSkeleton label="Loading the order" columnClass="h-64" />;
  if (error || !order) {
    return (
      <div className="space-y-4">
        <Alert tone="error">
          {error?.status === 404 || error?.status === 0
            ? 'We could not find this order.'
            : errorMessage(error)}
        </Alert>
        <Link href="/orders" className={buttonClasses('secondary')}>
          Back to your orders
        </Link>
      </div>
    );
  }

  return (
    <div>
      {confirmation ? (
        <div className="mb-8 rounded-lg border border-green-200 bg-green-50 p-6 text-center">
          <CheckCircleIcon className="mx-auto h-12 w-12 text-green-700" aria-hidden="true" />
          <h1 className="mt-2 text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">
            Thank you for your order!
          </h1>
          <p className="mt-2 text-slate-700">
            Your order <strong data-testid="confirmation-number">{order.order_number}</strong> has
            been placed. A confirmation email is on its way to {order.customer_email}.
          </p>
          <div className="mt-4 flex flex-wrap justify-center gap-3">
            <Link href="/products" className={buttonClasses()}>
              Continue shopping
            </Link>
            <Link href="/orders" className={buttonClasses('secondary')}>
              View all orders
            </Link>
          </div>
        </div>
      ) : (
        <div className="mb-6 flex flex-wrap items-center justify-between gap-4">
          <div>
            <Link
              href="/orders"
              className="text-sm font-medium text-brand-700 hover:text-brand-800"
            >
              <span aria-hidden="true">← </span>All orders
            </Link>
            <h1 className="mt-1 text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">
              Order {order.order_number}
            </h1>
          </div>
          <CancelOrder order={order} onCancelled={setOrder} />
        </div>
      )}
      {confirmation ? (
        <h2 className="mb-4 text-xl font-semibold">Order {order.order_number}</h2>
      ) : null}
      <OrderDetails order={order} />
    </div>
  );
}

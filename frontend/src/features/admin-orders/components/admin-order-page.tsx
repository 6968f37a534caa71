'use client';

import { useState } from 'react';
import { AdminPageHeader } from '@/components/layout/admin-shell';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/dialog';
import { DetailSkeleton } from '@/components/ui/skeleton';
import { useBusyAction } from '@/components/ui/use-busy-action';
import { updateOrderStatus } from '@/features/admin-orders/api';
import { nextStatuses, transitionLabel } from '@/features/admin-orders/status';
import { OrderDetails } from '@/features/orders/components/order-details';
import { OrderStatusBadge } from '@/features/orders/components/order-status-badge';
import { useOrder } from '@/features/orders/components/use-order';
import { formatDateTime } from '@/lib/date-time';
import { ORDER_STATUS_LABELS, type Order, type OrderStatus } from '@/features/orders/types';
import { errorMessage } from '@/lib/api-error';

function StatusActions({ order, onChanged }: { order: Order; onChanged: (order: Order) => void }) {
  const { busy, run } = useBusyAction<OrderStatus>();
  const [confirmCancel, setConfirmCancel] = useState(false);
  const [cancelError, setCancelError] = useState<string | null>(null);
  const options = nextStatuses(order.status);

  const move = async (status: OrderStatus) => {
    setCancelError(null);
    const updated = await run(status, () => updateOrderStatus(order.id, status), {
      done: (moved) =>
        `Order ${moved.order_number} is now ${ORDER_STATUS_LABELS[moved.status].toLowerCase()}.`,
      onError: (message) => {
        if (status === 'cancelled') setCancelError(message);
      },
    });
    if (updated === null) return;
    onChanged(updated);
    setConfirmCancel(false);
  };

  return (
    <section
      aria-labelledby="status-heading"
      className="mb-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
    >
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <h2 id="status-heading" className="text-base font-semibold text-slate-900">
            Status
          </h2>
          <div className="mt-1 flex items-center gap-2 text-sm text-slate-600">
            <OrderStatusBadge status={order.status} />
            <span>updated {formatDateTime(order.updated_at)}</span>
          </div>
        </div>
        {options.length === 0 ? (
          <p className="text-sm text-slate-600">
            {order.status === 'delivered'
              ? 'This order is complete.'
              : 'This order was cancelled; its items went back into stock.'}
          </p>
        ) : (
          <div className="flex flex-wrap gap-2">
            {options.map((status) =>
              status === 'cancelled' ? (
                <Button
                  key={status}
                  variant="secondary"
                  className="text-red-700"
                  disabled={busy !== null}
                  onClick={() => {
                    setCancelError(null);
                    setConfirmCancel(true);
                  }}
                >
                  {transitionLabel(status)}
                </Button>
              ) : (
                <Button
                  key={status}
                  loading={busy === status}
                  disabled={busy !== null}
                  onClick={() => void move(status)}
                >
                  {transitionLabel(status)}
                </Button>
              ),
            )}
          </div>
        )}
      </div>
      <ConfirmDialog
        open={confirmCancel}
        title={`Cancel order ${order.order_number}?`}
        description="The customer is told by email and the items go back into stock. This cannot be undone."
        confirmLabel="Yes, cancel order"
        cancelLabel="Keep order"
        busy={busy === 'cancelled'}
        error={cancelError}
        onConfirm={() => void move('cancelled')}
        onCancel={() => setConfirmCancel(false)}
      />
    </section>
  );
}

export function AdminOrderPage({ id }: { id: string }) {
  const { order, error, loading, setOrder } = useOrder(id);
  const back = { href: '/admin/orders', label: 'Orders' };

  if (loading && !order) {
    return <DetailSkeleton label="Loading the order" banner columnClass="h-64" />;
  }
  if (error || !order) {
    return (
      <>
        <AdminPageHeader title="Order" back={back} />
        <Alert tone="error">
          {error?.status === 404 || error?.status === 0
            ? 'This order does not exist.'
            : errorMessage(error)}
        </Alert>
      </>
    );
  }

  return (
    <>
      <AdminPageHeader
        title={`Order ${order.order_number}`}
        back={back}
        description={
          <>
            Placed {formatDateTime(order.created_at)} by {order.customer_name} (
            <a
              href={`mailto:${order.customer_email}`}
              className="font-medium text-brand-700 hover:text-brand-800"
            >
              {order.customer_email}
            </a>
            ) · customer account #{order.user_id}
          </>
        }
      />
      <StatusActions order={order} onChanged={setOrder} />
      <OrderDetails order={order} />
    </>
  );
}

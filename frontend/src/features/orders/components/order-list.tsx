'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { ClipboardDocumentListIcon } from '@heroicons/react/24/outline';
import { Alert } from '@/components/ui/alert';
import { buttonClasses } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { LoadingRegion, Skeleton } from '@/components/ui/skeleton';
import type { Page } from '@/lib/api-schema';
import { Pagination } from '@/components/ui/pagination';
import { listOrders } from '@/features/orders/api';
import { OrderStatusBadge } from '@/features/orders/components/order-status-badge';
import { formatDateTime } from '@/lib/date-time';
import { formatDiscountAmount } from '@/features/orders/totals';
import type { Order } from '@/features/orders/types';
import { errorMessage } from '@/lib/api-error';
import { formatCents } from '@/lib/money';

/** Units in an order; a list response may leave the items out. */
function itemCount(order: Order): number {
  return (order.items ?? []).reduce((sum, item) => sum + item.quantity, 0);
}

export function OrderList({ page }: { page: number }) {
  const [result, setResult] = useState<Page<Order> | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let active = true;
    setResult(null);
    listOrders(page)
      .then((data) => {
        if (active) setResult(data);
      })
      .catch((caught: unknown) => {
        if (active) setError(errorMessage(caught));
      });
    return () => {
      active = false;
    };
  }, [page]);

  if (error) return <Alert tone="error">{error}</Alert>;
  if (!result) {
    return (
      <LoadingRegion label="Loading your orders">
        <div className="space-y-3">
          {[0, 1, 2].map((index) => (
            <Skeleton key={index} className="h-20 w-full" />
          ))}
        </div>
      </LoadingRegion>
    );
  }
  if (result.items.length === 0) {
    return (
      <EmptyState
        icon={ClipboardDocumentListIcon}
        title={result.total > 0 ? 'There is no such page' : 'No orders yet'}
        action={
          <Link href={result.total > 0 ? '/orders' : '/products'} className={buttonClasses()}>
            {result.total > 0 ? 'First page' : 'Start shopping'}
          </Link>
        }
      >
        {result.total > 0 ? null : 'When you place an order, it will appear here.'}
      </EmptyState>
    );
  }

  return (
    <>
      <ul
        className="divide-y divide-slate-200 overflow-hidden rounded-lg border border-slate-200 bg-white"
        aria-label="Your orders"
      >
        {result.items.map((order) => (
          <li
            key={order.id}
            className="relative flex flex-wrap items-center justify-between gap-3 p-4 hover:bg-slate-50 sm:p-5"
            data-testid="order-row"
          >
            <div>
              <p className="font-semibold text-slate-900">
                <Link href={`/orders/${order.id}`} className="focus:outline-none">
                  <span className="absolute inset-0" aria-hidden="true" />
                  Order {order.order_number}
                </Link>
              </p>
              <p className="text-sm text-slate-600">
                {formatDateTime(order.created_at)} · {itemCount(order)}{' '}
                {itemCount(order) === 1 ? 'item' : 'items'}
              </p>
            </div>
            <div className="flex items-center gap-4">
              <OrderStatusBadge status={order.status} />
              <p className="text-right">
                <span className="block font-semibold">{formatCents(order.total_amount_cents)}</span>
                {order.discount_amount_cents > 0 ? (
                  <span className="block text-xs text-slate-600" data-testid="order-row-discount">
                    {formatDiscountAmount(order.discount_amount_cents)} with {order.discount_code}
                  </span>
                ) : null}
              </p>
            </div>
          </li>
        ))}
      </ul>
      <Pagination
        page={result.page}
        pages={result.pages}
        hrefFor={(n) => (n === 1 ? '/orders' : `/orders?page=${n}`)}
      />
    </>
  );
}

'use client';

import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import toast from 'react-hot-toast';
import { ArrowDownTrayIcon, ShoppingBagIcon } from '@heroicons/react/24/outline';
import { SearchForm } from '@/components/forms/search-form';
import { inputClasses } from '@/components/forms/text-field';
import { AdminPageHeader } from '@/components/layout/admin-shell';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import { Dialog } from '@/components/ui/dialog';
import { EmptyState } from '@/components/ui/empty-state';
import { LoadError } from '@/components/ui/load-error';
import { Pagination } from '@/components/ui/pagination';
import { TableSkeleton } from '@/components/ui/skeleton';
import { exportOrdersCsv, listOrders } from '@/features/admin-orders/api';
import {
  exportRangeProblem,
  orderQueryString,
  parseOrderQuery,
  type OrderQuery,
} from '@/features/admin-orders/filters';
import { ORDER_STATUSES } from '@/features/admin-orders/status';
import { OrderStatusBadge } from '@/features/orders/components/order-status-badge';
import { formatDateTime } from '@/features/orders/format';
import { ORDER_STATUS_LABELS } from '@/features/orders/types';
import { errorMessage } from '@/lib/api-error';
import { formatMoney } from '@/lib/money';
import { saveFile } from '@/lib/save-file';
import { useRemote } from '@/lib/use-remote';

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function ExportDialog({
  open,
  onClose,
  status,
}: {
  open: boolean;
  onClose: () => void;
  status: OrderQuery['status'];
}) {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const filter = { status, from: from || undefined, to: to || undefined };
    const invalid = exportRangeProblem(filter);
    if (invalid) {
      setProblem(invalid);
      return;
    }
    setProblem(null);
    setBusy(true);
    try {
      const file = await exportOrdersCsv(filter, today());
      saveFile(file.blob, file.filename);
      toast.success(`Saved ${file.filename}.`);
      onClose();
    } catch (error: unknown) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="Export orders as CSV"
      description={
        <>
          One row per order item, for{' '}
          <strong>
            {status ? `${ORDER_STATUS_LABELS[status].toLowerCase()} orders` : 'all orders'}
          </strong>
          . Leave a date empty for no limit.
        </>
      }
    >
      <form onSubmit={(event) => void onSubmit(event)} noValidate className="space-y-4">
        {problem ? <Alert tone="error">{problem}</Alert> : null}
        <div className="grid gap-4 sm:grid-cols-2">
          <div>
            <label htmlFor="export-from" className="block text-sm font-medium text-slate-800">
              From
            </label>
            <input
              id="export-from"
              type="date"
              value={from}
              max={to || undefined}
              onChange={(event) => setFrom(event.target.value)}
              className={`mt-1 ${inputClasses(false)}`}
            />
          </div>
          <div>
            <label htmlFor="export-to" className="block text-sm font-medium text-slate-800">
              To
            </label>
            <input
              id="export-to"
              type="date"
              value={to}
              min={from || undefined}
              onChange={(event) => setTo(event.target.value)}
              className={`mt-1 ${inputClasses(false)}`}
            />
          </div>
        </div>
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" loading={busy}>
            <ArrowDownTrayIcon className="h-4 w-4" aria-hidden="true" />
            Download CSV
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

export function OrderList() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const query = parseOrderQuery(params);
  const queryString = orderQueryString(query);
  const orders = useRemote(`orders${queryString}`, () => listOrders(query));
  const [exporting, setExporting] = useState(false);

  const go = (next: OrderQuery) => router.push(`${pathname}${orderQueryString(next)}`);

  const page = orders.data;
  const filtered = query.status !== undefined || query.search !== undefined;
  return (
    <>
      <AdminPageHeader
        title="Orders"
        description={
          page
            ? `${page.total} ${page.total === 1 ? 'order' : 'orders'}${query.status ? ` ${ORDER_STATUS_LABELS[query.status].toLowerCase()}` : ''}.`
            : 'Every order placed in the shop.'
        }
        actions={
          <Button variant="secondary" onClick={() => setExporting(true)}>
            <ArrowDownTrayIcon className="h-5 w-5" aria-hidden="true" />
            Export CSV
          </Button>
        }
      />

      <div className="mb-4 flex flex-col gap-3 sm:flex-row sm:items-end">
        <SearchForm
          id="order-search"
          label="Search orders"
          placeholder="Order number or customer email"
          value={query.search}
          onSearch={(search) => go({ ...query, search, page: 1 })}
          className="flex-1"
        />
        <div className="sm:w-48">
          <label htmlFor="order-status" className="block text-sm font-medium text-slate-800">
            Status
          </label>
          <select
            id="order-status"
            value={query.status ?? ''}
            onChange={(event) => {
              const value = event.target.value;
              const status = ORDER_STATUSES.find((candidate) => candidate === value);
              go({ ...query, status, page: 1 });
            }}
            className={`mt-1 ${inputClasses(false)}`}
          >
            <option value="">All statuses</option>
            {ORDER_STATUSES.map((status) => (
              <option key={status} value={status}>
                {ORDER_STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </div>
      </div>

      {orders.error ? (
        <LoadError error={orders.error} onRetry={() => void orders.reload()} />
      ) : page === null ? (
        <TableSkeleton label="Loading orders" />
      ) : page.items.length === 0 ? (
        <EmptyState
          icon={ShoppingBagIcon}
          title={filtered ? 'No orders match' : 'No orders yet'}
          action={
            filtered ? (
              <Button variant="secondary" onClick={() => go({ page: 1 })}>
                Clear the filters
              </Button>
            ) : undefined
          }
        >
          {filtered
            ? 'Try another status or search.'
            : 'Orders appear here as soon as customers check out.'}
        </EmptyState>
      ) : (
        <>
          <DataTable
            caption="Orders"
            columns={[
              { label: 'Order' },
              { label: 'Placed' },
              { label: 'Customer' },
              { label: 'Status' },
              { label: 'Total', align: 'right' },
            ]}
            busy={orders.loading}
            minWidthClass="min-w-[44rem]"
          >
            {page.items.map((order) => (
              <tr key={order.id} data-testid="order-row" className="hover:bg-slate-50">
                <td className="px-4 py-3">
                  <Link
                    href={`/admin/orders/${order.id}`}
                    className="font-medium text-brand-700 hover:text-brand-800"
                  >
                    {order.order_number}
                  </Link>
                </td>
                <td className="px-4 py-3 text-slate-700">{formatDateTime(order.created_at)}</td>
                <td className="px-4 py-3">
                  <span className="block text-slate-900">{order.customer_name}</span>
                  <span className="block text-xs text-slate-600">{order.customer_email}</span>
                </td>
                <td className="px-4 py-3">
                  <OrderStatusBadge status={order.status} />
                </td>
                <td className="px-4 py-3 text-right font-medium">
                  {formatMoney(order.total_amount)}
                </td>
              </tr>
            ))}
          </DataTable>
          <Pagination
            page={page.page}
            pages={page.pages}
            hrefFor={(number) => `${pathname}${orderQueryString({ ...query, page: number })}`}
          />
        </>
      )}
      <ExportDialog
        key={`${String(exporting)}:${query.status ?? ''}`}
        open={exporting}
        onClose={() => setExporting(false)}
        status={query.status}
      />
    </>
  );
}

'use client';

import dynamic from 'next/dynamic';
import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import type { ComponentType, ReactNode, SVGProps } from 'react';
import {
  BanknotesIcon,
  ClockIcon,
  CubeIcon,
  ExclamationTriangleIcon,
  ShoppingBagIcon,
  UsersIcon,
} from '@heroicons/react/24/outline';
import { AdminPageHeader } from '@/components/layout/admin-shell';
import { EmptyState } from '@/components/ui/empty-state';
import { LoadError } from '@/components/ui/load-error';
import { LoadingRegion, Skeleton } from '@/components/ui/skeleton';
import { getStats } from '@/features/admin-dashboard/api';
import {
  STATS_WINDOWS,
  parseWindow,
  statusBreakdown,
  toDailySeries,
  windowTotals,
  type StatsWindow,
} from '@/features/admin-dashboard/chart-data';
import type { AdminStats } from '@/features/admin-dashboard/types';
import { OrderStatusBadge } from '@/features/orders/components/order-status-badge';
import { formatDateTime } from '@/features/orders/format';
import { formatCents, formatMoney } from '@/lib/money';
import { useRemote } from '@/lib/use-remote';

// Recharts is most of this page's JavaScript: the cards render first, the chart follows.
const RevenueChart = dynamic(
  () =>
    import('@/features/admin-dashboard/components/revenue-chart').then(
      (module) => module.RevenueChart,
    ),
  {
    ssr: false,
    loading: () => (
      <LoadingRegion label="Loading the chart">
        <Skeleton className="h-72" />
      </LoadingRegion>
    ),
  },
);

const STATUS_BAR: Record<string, string> = {
  pending: 'bg-amber-500',
  processing: 'bg-brand-600',
  shipped: 'bg-indigo-600',
  delivered: 'bg-green-600',
  cancelled: 'bg-slate-400',
};

function WindowPicker({
  days,
  onChange,
}: {
  days: StatsWindow;
  onChange: (days: StatsWindow) => void;
}) {
  return (
    <div role="group" aria-label="Time window" className="inline-flex rounded-md shadow-sm">
      {STATS_WINDOWS.map((option, index) => (
        <button
          key={option}
          type="button"
          aria-pressed={option === days}
          onClick={() => onChange(option)}
          className={`h-9 border px-3 text-sm font-medium ${
            index === 0 ? 'rounded-l-md' : '-ml-px'
          } ${index === STATS_WINDOWS.length - 1 ? 'rounded-r-md' : ''} ${
            option === days
              ? 'z-10 border-brand-600 bg-brand-600 text-white'
              : 'border-slate-300 bg-white text-slate-700 hover:bg-slate-50'
          }`}
        >
          {option} days
        </button>
      ))}
    </div>
  );
}

function StatCard({
  label,
  value,
  detail,
  icon: Icon,
  tone = 'default',
  href,
  testId,
}: {
  label: string;
  value: ReactNode;
  detail?: ReactNode;
  icon: ComponentType<SVGProps<SVGSVGElement>>;
  tone?: 'default' | 'warning';
  href?: string;
  testId: string;
}) {
  const body = (
    <>
      <div className="flex items-center justify-between gap-2">
        <p className="text-sm font-medium text-slate-600">{label}</p>
        <span
          className={`grid h-9 w-9 place-items-center rounded-md ${
            tone === 'warning' ? 'bg-amber-100 text-amber-800' : 'bg-brand-50 text-brand-700'
          }`}
        >
          <Icon className="h-5 w-5" aria-hidden="true" />
        </span>
      </div>
      <p className="mt-2 text-2xl font-bold tracking-tight text-slate-900" data-testid={testId}>
        {value}
      </p>
      {detail ? <p className="mt-1 text-xs text-slate-600">{detail}</p> : null}
    </>
  );
  const card = 'block rounded-lg border border-slate-200 bg-white p-4 shadow-sm';
  return href ? (
    <Link href={href} className={`${card} hover:border-brand-300 hover:shadow`}>
      {body}
    </Link>
  ) : (
    <div className={card}>{body}</div>
  );
}

function Panel({
  title,
  action,
  children,
}: {
  title: string;
  action?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      <div className="mb-4 flex items-center justify-between gap-2">
        <h2 className="text-base font-semibold text-slate-900">{title}</h2>
        {action}
      </div>
      {children}
    </section>
  );
}

function DashboardSkeleton() {
  return (
    <LoadingRegion label="Loading the dashboard">
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
        {Array.from({ length: 6 }, (_, index) => (
          <Skeleton key={index} className="h-28" />
        ))}
      </div>
      <Skeleton className="mt-6 h-80" />
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <Skeleton className="h-64" />
        <Skeleton className="h-64" />
      </div>
    </LoadingRegion>
  );
}

function DashboardBody({ stats, days }: { stats: AdminStats; days: StatsWindow }) {
  const series = toDailySeries(stats.revenue_by_day);
  const totals = windowTotals(series);
  const slices = statusBreakdown(stats.orders_by_status);
  const linkClass = 'text-sm font-medium text-brand-700 hover:text-brand-800';

  return (
    <div className="space-y-6">
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
        <StatCard
          label="Revenue"
          value={formatMoney(stats.total_revenue)}
          detail={`${formatCents(totals.revenueCents)} in the last ${days} days · cancelled orders excluded`}
          icon={BanknotesIcon}
          testId="stat-revenue"
        />
        <StatCard
          label="Orders"
          value={stats.total_orders}
          detail={`${totals.orders} in the last ${days} days`}
          icon={ShoppingBagIcon}
          href="/admin/orders"
          testId="stat-orders"
        />
        <StatCard
          label="Customers"
          value={stats.total_users}
          detail="Registered accounts"
          icon={UsersIcon}
          href="/admin/users"
          testId="stat-customers"
        />
        <StatCard
          label="Products"
          value={stats.total_products}
          detail={`${stats.active_products} active`}
          icon={CubeIcon}
          href="/admin/products"
          testId="stat-products"
        />
        <StatCard
          label="Pending orders"
          value={stats.pending_orders}
          detail={stats.pending_orders > 0 ? 'Waiting to be processed' : 'Nothing waiting'}
          icon={ClockIcon}
          tone={stats.pending_orders > 0 ? 'warning' : 'default'}
          href="/admin/orders?status=pending"
          testId="stat-pending"
        />
        <StatCard
          label="Low stock"
          value={stats.low_stock_products}
          detail="Active products with 5 or fewer in stock"
          icon={ExclamationTriangleIcon}
          tone={stats.low_stock_products > 0 ? 'warning' : 'default'}
          testId="stat-low-stock"
        />
      </div>

      <Panel title={`Revenue and orders, last ${days} days`}>
        {series.length === 0 ? (
          <p className="text-sm text-slate-600">No data for this window.</p>
        ) : (
          <RevenueChart series={series} days={days} />
        )}
      </Panel>

      <div className="grid gap-6 lg:grid-cols-2">
        <Panel
          title="Orders by status"
          action={
            <Link href="/admin/orders" className={linkClass}>
              All orders
            </Link>
          }
        >
          <ul className="space-y-3">
            {slices.map((slice) => (
              <li key={slice.status}>
                <Link
                  href={`/admin/orders?status=${slice.status}`}
                  className="group block rounded-md focus-visible:outline-offset-4"
                >
                  <span className="flex items-center justify-between text-sm">
                    <span className="font-medium text-slate-800 group-hover:text-brand-700">
                      {slice.label}
                    </span>
                    <span className="text-slate-700">
                      <span data-testid={`status-count-${slice.status}`}>{slice.count}</span>
                      <span className="sr-only"> orders</span>
                      <span className="ml-2 text-xs text-slate-600">{slice.percent}%</span>
                    </span>
                  </span>
                  <span className="mt-1 block h-2 rounded-full bg-slate-100" aria-hidden="true">
                    <span
                      className={`block h-2 rounded-full ${STATUS_BAR[slice.status] ?? 'bg-slate-400'}`}
                      style={{ width: `${slice.percent}%` }}
                    />
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </Panel>

        <Panel
          title="Top products"
          action={
            <Link href="/admin/products" className={linkClass}>
              All products
            </Link>
          }
        >
          {stats.top_products.length === 0 ? (
            <p className="text-sm text-slate-600">Nothing sold yet.</p>
          ) : (
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Best-selling products by quantity</caption>
              <thead className="border-b border-slate-200 text-slate-600">
                <tr>
                  <th scope="col" className="py-2 font-medium">
                    Product
                  </th>
                  <th scope="col" className="py-2 text-right font-medium">
                    Sold
                  </th>
                  <th scope="col" className="py-2 text-right font-medium">
                    Revenue
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {stats.top_products.map((product) => (
                  <tr key={product.product_id}>
                    <td className="py-2 pr-2">
                      <Link
                        href={`/admin/products/${product.product_id}`}
                        className="font-medium text-slate-900 hover:text-brand-700"
                      >
                        {product.name}
                      </Link>
                    </td>
                    <td className="py-2 text-right">{product.quantity_sold}</td>
                    <td className="py-2 text-right">{formatMoney(product.revenue)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Panel>
      </div>

      <Panel
        title="Recent orders"
        action={
          <Link href="/admin/orders" className={linkClass}>
            View all
          </Link>
        }
      >
        {stats.recent_orders.length === 0 ? (
          <EmptyState icon={ShoppingBagIcon} title="No orders yet">
            Orders appear here as soon as customers check out.
          </EmptyState>
        ) : (
          <div className="-mx-4 overflow-x-auto sm:mx-0">
            <table className="w-full min-w-[32rem] text-left text-sm">
              <caption className="sr-only">The five most recent orders</caption>
              <thead className="border-b border-slate-200 text-slate-600">
                <tr>
                  <th scope="col" className="px-4 py-2 font-medium sm:px-0">
                    Order
                  </th>
                  <th scope="col" className="py-2 font-medium">
                    Customer
                  </th>
                  <th scope="col" className="py-2 font-medium">
                    Status
                  </th>
                  <th scope="col" className="px-4 py-2 text-right font-medium sm:px-0">
                    Total
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {stats.recent_orders.map((order) => (
                  <tr key={order.id}>
                    <td className="px-4 py-2 sm:px-0">
                      <Link
                        href={`/admin/orders/${order.id}`}
                        className="font-medium text-brand-700 hover:text-brand-800"
                      >
                        {order.order_number}
                      </Link>
                      <span className="block text-xs text-slate-600">
                        {formatDateTime(order.created_at)}
                      </span>
                    </td>
                    <td className="py-2 pr-2">
                      <span className="block text-slate-900">{order.customer_name}</span>
                      <span className="block text-xs text-slate-600">{order.customer_email}</span>
                    </td>
                    <td className="py-2">
                      <OrderStatusBadge status={order.status} />
                    </td>
                    <td className="px-4 py-2 text-right sm:px-0">
                      {formatMoney(order.total_amount)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Panel>
    </div>
  );
}

export function Dashboard() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const days = parseWindow(params.get('days'));
  const stats = useRemote(`stats:${days}`, () => getStats(days));

  const setDays = (next: StatsWindow) => {
    router.replace(`${pathname}?days=${next}`, { scroll: false });
  };

  return (
    <>
      <AdminPageHeader
        title="Dashboard"
        description="How the shop is doing, at a glance."
        actions={<WindowPicker days={days} onChange={setDays} />}
      />
      {stats.error ? (
        <LoadError error={stats.error} onRetry={() => void stats.reload()} />
      ) : stats.data === null ? (
        <DashboardSkeleton />
      ) : (
        <div
          aria-busy={stats.loading || undefined}
          className={stats.loading ? 'opacity-60' : undefined}
        >
          <DashboardBody stats={stats.data} days={days} />
        </div>
      )}
    </>
  );
}

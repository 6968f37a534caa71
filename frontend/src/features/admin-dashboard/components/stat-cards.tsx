// The dashboard's headline numbers, each a card that links to the list behind it.
import Link from 'next/link';
import type { ComponentType, ReactNode, SVGProps } from 'react';
import {
  BanknotesIcon,
  ClockIcon,
  CubeIcon,
  ExclamationTriangleIcon,
  ShoppingBagIcon,
  UsersIcon,
} from '@heroicons/react/24/outline';
import type { StatsWindow, WindowTotals } from '@/features/admin-dashboard/chart-data';
import type { AdminStats } from '@/features/admin-dashboard/types';
import { formatCents } from '@/lib/money';

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

export function StatCards({
  stats,
  totals,
  days,
}: {
  stats: AdminStats;
  totals: WindowTotals;
  days: StatsWindow;
}) {
  return (
    <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
      <StatCard
        label="Revenue"
        value={formatCents(stats.total_revenue_cents)}
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
  );
}

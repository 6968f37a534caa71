'use client';

// The back office's home page: the headline numbers, revenue over the chosen window, orders by
// status, the best sellers and the latest orders.
import dynamic from 'next/dynamic';
import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { AdminPageHeader, CardGridSkeleton } from '@/components/layout/admin-shell';
import { LoadError } from '@/components/ui/load-error';
import { LoadingRegion, Skeleton } from '@/components/ui/skeleton';
import { getStats } from '@/features/admin-dashboard/api';
import {
  parseWindow,
  statusBreakdown,
  toDailySeries,
  windowTotals,
  type StatsWindow,
} from '@/features/admin-dashboard/chart-data';
import { Panel } from '@/features/admin-dashboard/components/panel';
import { RecentOrdersTable } from '@/features/admin-dashboard/components/recent-orders-table';
import { StatCards } from '@/features/admin-dashboard/components/stat-cards';
import { StatusBreakdown } from '@/features/admin-dashboard/components/status-breakdown';
import { TopProductsTable } from '@/features/admin-dashboard/components/top-products-table';
import { WindowPicker } from '@/features/admin-dashboard/components/window-picker';
import type { AdminStats } from '@/features/admin-dashboard/types';
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

const LINK_CLASS = 'text-sm font-medium text-brand-700 hover:text-brand-800';

function DashboardSkeleton() {
  return (
    <LoadingRegion label="Loading the dashboard">
      <CardGridSkeleton count={6} />
      <Skeleton className="mt-6 h-80" />
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <Skeleton className="h-64" />
        <Skeleton className="h-64" />
      </div>
    </LoadingRegion>
  );
}

function PanelLink({ href, children }: { href: string; children: string }) {
  return (
    <Link href={href} className={LINK_CLASS}>
      {children}
    </Link>
  );
}

function DashboardBody({ stats, days }: { stats: AdminStats; days: StatsWindow }) {
  const series = toDailySeries(stats.revenue_by_day);
  return (
    <div className="space-y-6">
      <StatCards stats={stats} totals={windowTotals(series)} days={days} />

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
          action={<PanelLink href="/admin/orders">All orders</PanelLink>}
        >
          <StatusBreakdown slices={statusBreakdown(stats.orders_by_status)} />
        </Panel>
        <Panel
          title="Top products"
          action={<PanelLink href="/admin/products">All products</PanelLink>}
        >
          <TopProductsTable products={stats.top_products} />
        </Panel>
      </div>

      <Panel title="Recent orders" action={<PanelLink href="/admin/orders">View all</PanelLink>}>
        <RecentOrdersTable orders={stats.recent_orders} />
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

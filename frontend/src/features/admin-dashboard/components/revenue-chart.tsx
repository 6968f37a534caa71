'use client';

// Revenue (area, left axis) and orders (bars, right axis) per day of the window. The same numbers
// are available as a table for screen readers and for anyone who wants exact figures.
import {
  Area,
  Bar,
  CartesianGrid,
  ComposedChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { DataTable, type DataTableColumn } from '@/components/ui/data-table';
import { compactDollars, type DailyPoint } from '@/features/admin-dashboard/chart-data';
import { formatCents } from '@/lib/money';

const BRAND = '#1d56c4';
const ORDERS = '#94a3b8';
const MIN_REVENUE_AXIS_CENTS = 10_000;

const FIGURE_COLUMNS: DataTableColumn<DailyPoint>[] = [
  { label: 'Day', rowHeader: true, cell: (point) => point.label },
  { label: 'Orders', align: 'right', cell: (point) => point.orders },
  { label: 'Revenue', align: 'right', cell: (point) => formatCents(point.revenueCents) },
];

interface TooltipEntry {
  dataKey?: string | number | ((point: DailyPoint) => unknown);
  value?: number | string | readonly (number | string)[];
}

function ChartTooltip({
  active,
  payload,
  label,
}: {
  active?: boolean;
  payload?: readonly TooltipEntry[];
  label?: string | number;
}) {
  if (!active || !payload || payload.length === 0) return null;
  const value = (key: string) => Number(payload.find((entry) => entry.dataKey === key)?.value ?? 0);
  return (
    <div className="rounded-md border border-slate-200 bg-white px-3 py-2 text-sm shadow-md">
      <p className="font-medium text-slate-900">{label}</p>
      <p className="text-slate-700">Revenue: {formatCents(value('revenueCents'))}</p>
      <p className="text-slate-700">Orders: {value('orders')}</p>
    </div>
  );
}

export function RevenueChart({ series, days }: { series: DailyPoint[]; days: number }) {
  const tickGap = days > 30 ? 24 : 12;
  return (
    <figure>
      <div
        className="h-72 w-full"
        role="img"
        aria-label={`Revenue and orders per day over the last ${days} days. The figures are in the table below.`}
      >
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={series} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <defs>
              <linearGradient id="revenue-fill" x1="0" y1="0" x2="0" y2="1">
                <stop offset="0%" stopColor={BRAND} stopOpacity={0.25} />
                <stop offset="100%" stopColor={BRAND} stopOpacity={0.02} />
              </linearGradient>
            </defs>
            <CartesianGrid stroke="#e2e8f0" vertical={false} />
            <XAxis
              dataKey="label"
              tick={{ fill: '#475569', fontSize: 12 }}
              tickLine={false}
              axisLine={{ stroke: '#cbd5e1' }}
              minTickGap={tickGap}
            />
            <YAxis
              yAxisId="revenue"
              // At least $0–$100, so a quiet window does not label every tick "$0".
              domain={[0, (max: number) => Math.max(max, MIN_REVENUE_AXIS_CENTS)]}
              tickFormatter={compactDollars}
              tick={{ fill: '#475569', fontSize: 12 }}
              tickLine={false}
              axisLine={false}
              width={56}
            />
            <YAxis
              yAxisId="orders"
              orientation="right"
              allowDecimals={false}
              domain={[0, (max: number) => Math.max(max, 4)]}
              tick={{ fill: '#475569', fontSize: 12 }}
              tickLine={false}
              axisLine={false}
              width={32}
            />
            <Tooltip content={<ChartTooltip />} cursor={{ fill: '#f1f5f9' }} />
            <Bar
              yAxisId="orders"
              dataKey="orders"
              name="Orders"
              fill={ORDERS}
              radius={[3, 3, 0, 0]}
              maxBarSize={18}
              isAnimationActive={false}
            />
            <Area
              yAxisId="revenue"
              type="monotone"
              dataKey="revenueCents"
              name="Revenue"
              stroke={BRAND}
              strokeWidth={2}
              fill="url(#revenue-fill)"
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="mt-3 flex flex-wrap items-center gap-4 text-xs text-slate-600">
        <span className="inline-flex items-center gap-1.5">
          <span className="h-0.5 w-4 bg-brand-600" aria-hidden="true" /> Revenue (left axis)
        </span>
        <span className="inline-flex items-center gap-1.5">
          <span className="h-3 w-3 rounded-sm bg-slate-400" aria-hidden="true" /> Orders (right
          axis)
        </span>
      </figcaption>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer font-medium text-brand-700 hover:text-brand-800">
          Show the figures as a table
        </summary>
        <div className="mt-2 max-h-64 overflow-y-auto">
          <DataTable
            caption="Revenue and orders per day"
            columns={FIGURE_COLUMNS}
            rows={[...series].reverse()}
            rowKey={(point) => point.date}
            variant="plain"
          />
        </div>
      </details>
    </figure>
  );
}

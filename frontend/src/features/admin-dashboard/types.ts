// The dashboard's app types and the schema that reads GET /api/admin/stats (money in cents).
import { z } from '@/lib/zod';
import { wireMoney } from '@/lib/money';
import { orderStatusSchema, orderSummarySchema } from '@/features/orders/types';

const revenueDaySchema = z
  .object({
    /** A calendar day, "YYYY-MM-DD". */
    date: z.string(),
    orders: z.number(),
    revenue: wireMoney,
  })
  .transform(({ revenue, ...rest }) => ({ ...rest, revenue_cents: revenue }));
export type RevenueDay = z.output<typeof revenueDaySchema>;

const topProductSchema = z
  .object({
    product_id: z.number(),
    name: z.string(),
    quantity_sold: z.number(),
    revenue: wireMoney,
  })
  .transform(({ revenue, ...rest }) => ({ ...rest, revenue_cents: revenue }));
export type TopProduct = z.output<typeof topProductSchema>;

export type { OrderSummary } from '@/features/orders/types';

export const adminStatsSchema = z
  .object({
    total_users: z.number(),
    total_products: z.number(),
    active_products: z.number(),
    total_orders: z.number(),
    total_revenue: wireMoney,
    pending_orders: z.number(),
    low_stock_products: z.number(),
    orders_by_status: z.partialRecord(orderStatusSchema, z.number()),
    revenue_by_day: z.array(revenueDaySchema),
    top_products: z.array(topProductSchema),
    recent_orders: z.array(orderSummarySchema),
  })
  .transform(({ total_revenue, ...rest }) => ({ ...rest, total_revenue_cents: total_revenue }));
export type AdminStats = z.output<typeof adminStatsSchema>;

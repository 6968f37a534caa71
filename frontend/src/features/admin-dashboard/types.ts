import type { Order, OrderStatus } from '@/features/orders/types';

export interface RevenueDay {
  /** A calendar day, "YYYY-MM-DD". */
  date: string;
  orders: number;
  revenue: number;
}

export interface TopProduct {
  product_id: number;
  name: string;
  quantity_sold: number;
  revenue: number;
}

/** An order as the dashboard lists it: without its items. */
export type OrderSummary = Omit<Order, 'items'>;

export interface AdminStats {
  total_users: number;
  total_products: number;
  active_products: number;
  total_orders: number;
  total_revenue: number;
  pending_orders: number;
  low_stock_products: number;
  orders_by_status: Partial<Record<OrderStatus, number>>;
  revenue_by_day: RevenueDay[];
  top_products: TopProduct[];
  recent_orders: OrderSummary[];
}

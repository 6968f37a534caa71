// Calls of /api/orders for the signed-in shopper. The only place that knows these paths; answers
// are validated (types.ts).
import { apiClient } from '@/lib/api-client';
import { bodyOf, pageSchema, type Page } from '@/lib/api-schema';
import { orderSchema, type Order } from '@/features/orders/types';

export const ORDERS_PAGE_SIZE = 10;

const orderPageSchema = pageSchema(orderSchema);

export function listOrders(page: number): Promise<Page<Order>> {
  return bodyOf(
    orderPageSchema,
    apiClient.get('/orders', { params: { page, size: ORDERS_PAGE_SIZE } }),
  );
}

export function getOrder(id: number): Promise<Order> {
  return bodyOf(orderSchema, apiClient.get(`/orders/${id}`));
}

export function cancelOrder(id: number): Promise<Order> {
  return bodyOf(orderSchema, apiClient.post(`/orders/${id}/cancel`));
}

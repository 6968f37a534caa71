// Calls of /api/orders for the signed-in shopper. The only place that knows these paths.
import { apiClient } from '@/lib/api-client';
import type { Page } from '@/features/catalog/types';
import type { Order } from '@/features/orders/types';

export const ORDERS_PAGE_SIZE = 10;

export async function listOrders(page: number): Promise<Page<Order>> {
  const { data } = await apiClient.get<Page<Order>>('/orders', {
    params: { page, size: ORDERS_PAGE_SIZE },
  });
  return data;
}

export async function getOrder(id: number): Promise<Order> {
  const { data } = await apiClient.get<Order>(`/orders/${id}`);
  return data;
}

export async function cancelOrder(id: number): Promise<Order> {
  const { data } = await apiClient.post<Order>(`/orders/${id}/cancel`);
  return data;
}

// Placing an order. The Idempotency-Key makes a repeated request (double click, retry after a
// lost response) return the first order instead of creating a second.
import { apiClient } from '@/lib/api-client';
import type { CheckoutInput } from '@/features/checkout/types';
import type { Order } from '@/features/orders/types';

export async function placeOrder(input: CheckoutInput, idempotencyKey: string): Promise<Order> {
  const { data } = await apiClient.post<Order>('/orders', input, {
    headers: { 'Idempotency-Key': idempotencyKey },
  });
  return data;
}

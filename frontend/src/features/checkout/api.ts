// Placing an order. The Idempotency-Key makes a repeated request (double click, retry after a
// lost response) return the first order instead of creating a second.
import { apiClient } from '@/lib/api-client';
import { bodyOf } from '@/lib/api-schema';
import type { CheckoutInput } from '@/features/checkout/types';
import { orderSchema, type Order } from '@/features/orders/types';

export function placeOrder(input: CheckoutInput, idempotencyKey: string): Promise<Order> {
  return bodyOf(
    orderSchema,
    apiClient.post('/orders', input, { headers: { 'Idempotency-Key': idempotencyKey } }),
  );
}

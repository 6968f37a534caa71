// Orders' app types and the schemas that read them from the API (money in cents, money.ts).
import { z } from '@/lib/zod';
import { amountsInCents, wireMoney } from '@/lib/money';
import { variantRefFields } from '@/features/catalog/types';

export const orderStatusSchema = z.enum([
  'pending',
  'processing',
  'shipped',
  'delivered',
  'cancelled',
]);
export type OrderStatus = z.output<typeof orderStatusSchema>;

export const orderItemSchema = z
  .object({
    id: z.number(),
    product_id: z.number().nullable(),
    product_name: z.string(),
    /** The variant's SKU for a variant line. */
    product_sku: z.string(),
    ...variantRefFields,
    quantity: z.number(),
    price: wireMoney,
    line_total: wireMoney,
  })
  .transform((item) => amountsInCents(item, ['price', 'line_total']));
export type OrderItem = z.output<typeof orderItemSchema>;

/** An order as the API sends it, without its items (lists such as the dashboard's). */
const orderWireSchema = z.object({
  id: z.number(),
  order_number: z.string(),
  user_id: z.number(),
  status: orderStatusSchema,
  subtotal: wireMoney,
  total_amount: wireMoney,
  customer_name: z.string(),
  customer_email: z.string(),
  customer_phone: z.string().nullable(),
  shipping_address: z.string(),
  shipping_city: z.string(),
  shipping_state: z.string().nullable(),
  shipping_postal_code: z.string(),
  shipping_country: z.string(),
  notes: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});

function orderFromWire<Wire extends z.output<typeof orderWireSchema>>(order: Wire) {
  return amountsInCents(order, ['subtotal', 'total_amount']);
}

export const orderSummarySchema = orderWireSchema.transform(orderFromWire);
export type OrderSummary = z.output<typeof orderSummarySchema>;

export const orderSchema = orderWireSchema
  .extend({
    items: z.array(orderItemSchema),
    /** The discount code used at checkout (in capitals), or null. */
    discount_code: z.string().nullable(),
    /** What the code took off the subtotal; 0 without a code. */
    discount_amount: wireMoney,
  })
  .transform((order) => amountsInCents(orderFromWire(order), ['discount_amount']));
export type Order = z.output<typeof orderSchema>;

export const ORDER_STATUS_LABELS: Record<OrderStatus, string> = {
  pending: 'Pending',
  processing: 'Processing',
  shipped: 'Shipped',
  delivered: 'Delivered',
  cancelled: 'Cancelled',
};

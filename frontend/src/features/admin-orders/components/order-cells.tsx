// Cells that every back-office table of orders shows the same way.
import Link from 'next/link';
import type { Order } from '@/features/orders/types';

/** The order number, linking to the order's page. */
export function OrderNumberLink({ order }: { order: Pick<Order, 'id' | 'order_number'> }) {
  return (
    <Link
      href={`/admin/orders/${order.id}`}
      className="font-medium text-brand-700 hover:text-brand-800"
    >
      {order.order_number}
    </Link>
  );
}

/** The customer's name above their email address. */
export function OrderCustomer({
  order,
}: {
  order: Pick<Order, 'customer_name' | 'customer_email'>;
}) {
  return (
    <>
      <span className="block text-slate-900">{order.customer_name}</span>
      <span className="block text-xs text-slate-600">{order.customer_email}</span>
    </>
  );
}

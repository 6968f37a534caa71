// Which status changes the back office offers for an order, mirroring API.md: pending →
// processing | cancelled, processing → shipped | cancelled, shipped → delivered. Any other change
// the API refuses with 409, so the UI never offers it.
import type { OrderStatus } from '@/features/orders/types';

export const ORDER_STATUSES: readonly OrderStatus[] = [
  'pending',
  'processing',
  'shipped',
  'delivered',
  'cancelled',
];

const TRANSITIONS: Record<OrderStatus, readonly OrderStatus[]> = {
  pending: ['processing', 'cancelled'],
  processing: ['shipped', 'cancelled'],
  shipped: ['delivered'],
  delivered: [],
  cancelled: [],
};

/** The statuses an admin may move an order in `status` to, the forward step first. */
export function nextStatuses(status: OrderStatus): readonly OrderStatus[] {
  return TRANSITIONS[status];
}

export function canMoveTo(from: OrderStatus, to: OrderStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** The label of the button that moves an order to `status`. */
export function transitionLabel(status: OrderStatus): string {
  switch (status) {
    case 'processing':
      return 'Mark as processing';
    case 'shipped':
      return 'Mark as shipped';
    case 'delivered':
      return 'Mark as delivered';
    case 'cancelled':
      return 'Cancel order';
    case 'pending':
      return 'Mark as pending';
  }
}

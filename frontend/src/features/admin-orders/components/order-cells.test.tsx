import { render, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { DataTable } from '@/components/ui/data-table';
import {
  ORDER_CUSTOMER_COLUMN,
  ORDER_STATUS_COLUMN,
  ORDER_TOTAL_COLUMN,
} from '@/features/admin-orders/components/order-cells';

const ORDER = {
  id: 7,
  customer_name: 'Ada Lovelace',
  customer_email: 'ada@example.com',
  status: 'shipped' as const,
  total_amount_cents: 4990,
};

describe('order columns', () => {
  test('show the customer, the status badge and the total, right-aligned', () => {
    render(
      <DataTable
        caption="Orders"
        columns={[ORDER_CUSTOMER_COLUMN, ORDER_STATUS_COLUMN, ORDER_TOTAL_COLUMN]}
        rows={[ORDER]}
        rowKey={(order) => order.id}
      />,
    );
    const [customer, status, total] = within(
      screen.getAllByRole('row')[1] as HTMLElement,
    ).getAllByRole('cell');
    expect(customer).toHaveTextContent('Ada Lovelaceada@example.com');
    expect(status).toHaveTextContent('Shipped');
    expect(total).toHaveTextContent('$49.90');
    expect(total).toHaveClass('text-right');
  });
});

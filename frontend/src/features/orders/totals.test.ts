import { describe, expect, test } from 'vitest';
import { formatDiscountAmount, totalsRows } from '@/features/orders/totals';
import { orderSchema } from '@/features/orders/types';

describe('the totals of a summary', () => {
  test('with a code that took something off: subtotal, the discount with its code, total', () => {
    const { rows, total } = totalsRows(
      {
        subtotal_cents: 5000,
        discount_code: 'SAVE10',
        discount_amount_cents: 500,
        total_cents: 4500,
      },
      'order',
    );
    expect(rows).toEqual([
      { label: 'Subtotal', value: '$50.00', testId: 'order-subtotal' },
      { label: 'Discount (SAVE10)', value: '−$5.00', testId: 'order-discount' },
    ]);
    expect(total).toEqual({ label: 'Total', value: '$45.00', testId: 'order-total' });
  });

  test('without a discount there is no discount row', () => {
    const { rows } = totalsRows(
      { subtotal_cents: 5000, discount_code: 'LATE', discount_amount_cents: 0, total_cents: 5000 },
      'cart',
    );
    expect(rows.map((row) => row.label)).toEqual(['Subtotal']);
  });

  test('a discount is written with a minus sign', () => {
    expect(formatDiscountAmount(1234)).toBe('−$12.34');
  });
});

describe('an order from the API', () => {
  test('keeps its discount code and reads the amount in cents', () => {
    const order = orderSchema.parse({
      id: 1,
      order_number: 'HG-1001',
      user_id: 2,
      status: 'pending',
      subtotal: 50,
      total_amount: 45,
      discount_code: 'SAVE10',
      discount_amount: 5,
      customer_name: 'Ada',
      customer_email: 'ada@example.com',
      customer_phone: null,
      shipping_address: '12 St James Square',
      shipping_city: 'London',
      shipping_state: null,
      shipping_postal_code: 'SW1Y 4JH',
      shipping_country: 'United Kingdom',
      notes: null,
      created_at: '2026-12-01T10:00:00Z',
      updated_at: '2026-12-01T10:00:00Z',
      items: [],
    });
    expect(order).toMatchObject({
      subtotal_cents: 5000,
      discount_code: 'SAVE10',
      discount_amount_cents: 500,
      total_amount_cents: 4500,
    });
    expect(order).not.toHaveProperty('discount_amount');
  });
});

import { describe, expect, test } from 'vitest';
import { orderItemSchema } from '@/features/orders/types';

const item = {
  id: 1,
  product_id: 4,
  product_name: 'Tee',
  product_sku: 'TEE-M-RED',
  quantity: 2,
  price: 20,
  line_total: 40,
};

describe('orderItemSchema', () => {
  test('reads the variant an item was bought as', () => {
    expect(
      orderItemSchema.parse({ ...item, variant_id: 12, variant_title: 'M / Red' }),
    ).toMatchObject({
      product_sku: 'TEE-M-RED',
      variant_id: 12,
      variant_title: 'M / Red',
      price_cents: 2000,
      line_total_cents: 4000,
    });
  });

  test('an item without variant fields is a plain product', () => {
    expect(orderItemSchema.parse(item)).toMatchObject({ variant_id: null, variant_title: null });
  });
});

import { describe, expect, test } from 'vitest';
import { lineName } from '@/features/cart/line-name';

describe('lineName', () => {
  test('names a variant line by its product and the variant title', () => {
    expect(lineName({ name: 'T-shirt' }, { title: 'M / Red' })).toBe('T-shirt (M / Red)');
  });

  test('names a plain line by its product alone', () => {
    expect(lineName({ name: 'Coffee Mug' }, null)).toBe('Coffee Mug');
  });
});

import { describe, expect, test } from 'vitest';
import { categoryOptions } from '@/features/admin-categories/options';
import type { Category } from '@/features/admin-categories/types';

function category(id: number, name: string): Category {
  return {
    id,
    name,
    slug: name.toLowerCase(),
    description: null,
    image_url: null,
    product_count: 0,
    created_at: '2026-11-25T10:00:00Z',
  };
}

describe('categoryOptions', () => {
  test('offers each category by name, its id as the value, in the order given', () => {
    expect(categoryOptions([category(4, 'Mugs'), category(2, 'Lamps')])).toEqual([
      { value: '4', label: 'Mugs' },
      { value: '2', label: 'Lamps' },
    ]);
  });

  test('offers nothing while the categories are not loaded', () => {
    expect(categoryOptions(null)).toEqual([]);
  });
});

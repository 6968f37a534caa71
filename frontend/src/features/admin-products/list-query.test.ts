import { describe, expect, test } from 'vitest';
import { productListQuery } from '@/features/admin-products/list-query';

describe('product table URL', () => {
  test('reads search, category and page, ignoring nonsense', () => {
    expect(
      productListQuery.parse(new URLSearchParams('search=%20lamp%20&category_id=4&page=2')),
    ).toEqual({ search: 'lamp', category_id: 4, page: 2 });
    expect(productListQuery.parse(new URLSearchParams('category_id=x&page=-1&search='))).toEqual({
      search: undefined,
      category_id: undefined,
      page: 1,
    });
  });

  test('writes only what is set, and page 1 not at all', () => {
    expect(productListQuery.serialize({ page: 1 })).toBe('');
    expect(productListQuery.serialize({ search: 'a b', category_id: 3, page: 2 })).toBe(
      '?search=a+b&category_id=3&page=2',
    );
  });
});

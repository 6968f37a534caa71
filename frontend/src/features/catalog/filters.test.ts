import { describe, expect, test } from 'vitest';
import { productListQuery } from '@/features/catalog/filters';

describe('product list URL', () => {
  test('round-trips every filter', () => {
    const filters = productListQuery.parse({
      search: 'shoe',
      category: 'outdoor',
      min_price: '10',
      max_price: '99.50',
      in_stock: 'true',
      sort: 'price_asc',
      page: '3',
    });
    expect(filters).toEqual({
      search: 'shoe',
      category: 'outdoor',
      min_price: '10',
      max_price: '99.50',
      in_stock: true,
      sort: 'price_asc',
      page: 3,
    });
    expect(productListQuery.serialize(filters)).toBe(
      '?search=shoe&category=outdoor&min_price=10&max_price=99.50&in_stock=true&sort=price_asc&page=3',
    );
  });

  test('drops what the API would refuse', () => {
    expect(
      productListQuery.parse({
        min_price: 'abc',
        max_price: '99999999999',
        category: 'Bad Slug!',
        sort: 'cheapest',
        page: '-2',
      }),
    ).toEqual({
      search: undefined,
      category: undefined,
      min_price: undefined,
      max_price: undefined,
      in_stock: false,
      sort: undefined,
      page: 1,
    });
    expect(productListQuery.parse({ sort: 'relevance' }).sort).toBeUndefined();
  });

  test('sorts by top rating', () => {
    expect(productListQuery.parse({ sort: 'rating' }).sort).toBe('rating');
    expect(productListQuery.serialize({ sort: 'rating' })).toBe('?sort=rating');
  });

  test('swaps a reversed price range', () => {
    const filters = productListQuery.parse({ min_price: '50', max_price: '5' });
    expect([filters.min_price, filters.max_price]).toEqual(['5', '50']);
  });

  test('the first page and empty filters make a bare URL', () => {
    expect(productListQuery.serialize(productListQuery.parse({ page: '1' }))).toBe('');
  });
});

import { describe, expect, test } from 'vitest';
import {
  exportFilename,
  exportParams,
  exportRangeProblem,
  orderListQuery,
} from '@/features/admin-orders/filters';

describe('order table URL', () => {
  test('reads a known status, the search and the page', () => {
    expect(orderListQuery.parse(new URLSearchParams('status=shipped&search=ORD-1&page=3'))).toEqual(
      {
        status: 'shipped',
        search: 'ORD-1',
        page: 3,
      },
    );
  });

  test('drops an unknown status and a bad page', () => {
    expect(orderListQuery.parse(new URLSearchParams('status=lost&page=0&search=%20'))).toEqual({
      status: undefined,
      search: undefined,
      page: 1,
    });
  });

  test('round-trips through the query string', () => {
    const query = { status: 'pending' as const, search: 'a@b.c', page: 2 };
    expect(orderListQuery.parse(new URLSearchParams(orderListQuery.serialize(query)))).toEqual(
      query,
    );
    expect(orderListQuery.serialize({ page: 1 })).toBe('');
  });
});

describe('CSV export', () => {
  test('sends only the parameters that are set', () => {
    expect(exportParams({})).toEqual({});
    expect(exportParams({ status: 'shipped', from: '2026-11-01', to: '2026-11-25' })).toEqual({
      status: 'shipped',
      from: '2026-11-01',
      to: '2026-11-25',
    });
    expect(exportParams({ to: '2026-11-25' })).toEqual({ to: '2026-11-25' });
  });

  test('names the file after its filter', () => {
    expect(exportFilename({}, '2026-11-25')).toBe('orders-all-until-2026-11-25.csv');
    expect(exportFilename({ status: 'shipped', from: '2026-11-01' }, '2026-11-25')).toBe(
      'orders-shipped-2026-11-01-to-2026-11-25.csv',
    );
    expect(
      exportFilename({ status: 'pending', from: '2026-10-01', to: '2026-10-31' }, '2026-11-25'),
    ).toBe('orders-pending-2026-10-01-to-2026-10-31.csv');
  });

  test('refuses a reversed range', () => {
    expect(exportRangeProblem({ from: '2026-11-25', to: '2026-11-01' })).toMatch(/after/);
    expect(exportRangeProblem({ from: '2026-11-01', to: '2026-11-25' })).toBeNull();
    expect(exportRangeProblem({ from: '25/11/2026' })).toMatch(/YYYY-MM-DD/);
  });
});

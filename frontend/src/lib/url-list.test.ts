import { describe, expect, test } from 'vitest';
import { field, urlQuery } from '@/lib/url-list';

const COLOURS = ['red', 'green', 'blue'] as const;

const listQuery = urlQuery({
  search: field.text(10),
  colour: field.oneOf(COLOURS),
  shade: field.oneOfOr(COLOURS, 'red'),
  owner_id: field.positiveInt(),
  code: field.text(200, (value) => /^[a-z]+$/.test(value)),
  in_stock: field.flag(),
  page: field.page(100),
});

describe('parsing a list URL', () => {
  test('reads every kind of field from URLSearchParams', () => {
    const params = new URLSearchParams(
      'search=%20lamp%20&colour=green&shade=blue&owner_id=4&code=abc&in_stock=on&page=3',
    );
    expect(listQuery.parse(params)).toEqual({
      search: 'lamp',
      colour: 'green',
      shade: 'blue',
      owner_id: 4,
      code: 'abc',
      in_stock: true,
      page: 3,
    });
  });

  test('reads the first of repeated values from a Next.js searchParams object', () => {
    expect(listQuery.parse({ search: ['one', 'two'], page: '2' })).toMatchObject({
      search: 'one',
      page: 2,
    });
  });

  test('falls back to the defaults for absent, blank and refused values', () => {
    expect(
      listQuery.parse(
        new URLSearchParams(
          'search=%20&colour=pink&shade=pink&owner_id=x&code=A1&in_stock=no&page=0',
        ),
      ),
    ).toEqual({
      search: undefined,
      colour: undefined,
      shade: 'red',
      owner_id: undefined,
      code: undefined,
      in_stock: false,
      page: 1,
    });
  });

  test('cuts long text and keeps numbers within their bounds', () => {
    const query = listQuery.parse(new URLSearchParams('search=abcdefghijklmno&page=101'));
    expect(query.search).toBe('abcdefghij');
    expect(query.page).toBe(1);
    expect(listQuery.parse(new URLSearchParams('owner_id=-3')).owner_id).toBeUndefined();
    expect(listQuery.parse(new URLSearchParams('owner_id=1.5')).owner_id).toBeUndefined();
  });

  test('refine fixes combinations after each parse', () => {
    const range = urlQuery({ low: field.positiveInt(), high: field.positiveInt() }, (query) =>
      query.low !== undefined && query.high !== undefined && query.low > query.high
        ? { low: query.high, high: query.low }
        : query,
    );
    expect(range.parse(new URLSearchParams('low=9&high=2'))).toEqual({ low: 2, high: 9 });
  });
});

describe('writing a list URL', () => {
  test('writes the set values in the order of the fields, with a question mark', () => {
    expect(
      listQuery.serialize({ page: 2, search: 'a b', in_stock: true, shade: 'blue', owner_id: 3 }),
    ).toBe('?search=a+b&shade=blue&owner_id=3&in_stock=true&page=2');
  });

  test('leaves out defaults, so the first unfiltered page is the bare URL', () => {
    expect(listQuery.serialize({ page: 1, shade: 'red', in_stock: false })).toBe('');
    expect(listQuery.serialize({})).toBe('');
  });

  test('round-trips what it writes', () => {
    const query = listQuery.parse(new URLSearchParams('colour=blue&owner_id=12&page=5'));
    expect(listQuery.parse(new URLSearchParams(listQuery.serialize(query)))).toEqual(query);
  });

  test('tells a filtered query from another page of the unfiltered list', () => {
    expect(listQuery.isFiltered({ page: 4, shade: 'red' })).toBe(false);
    expect(listQuery.isFiltered({ page: 1, search: 'lamp' })).toBe(true);
    expect(listQuery.isFiltered({ page: 1, shade: 'green' })).toBe(true);
  });
});

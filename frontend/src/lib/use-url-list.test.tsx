import { renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { field, urlQuery } from '@/lib/url-list';
import { useUrlList, useUrlQuery } from '@/lib/use-url-list';

const navigation = vi.hoisted(() => ({
  search: '',
  push: (href: string): void => void href,
  replace: (href: string): void => void href,
}));

vi.mock('next/navigation', () => ({
  usePathname: () => '/admin/things',
  useSearchParams: () => new URLSearchParams(navigation.search),
  useRouter: () => ({
    push: (href: string) => navigation.push(href),
    replace: (href: string) => navigation.replace(href),
  }),
}));

const thingQuery = urlQuery({
  status: field.oneOf(['open', 'closed'] as const),
  search: field.text(),
  page: field.page(),
});

const pageOf = (items: string[]) => ({ items, total: items.length, page: 1, size: 20, pages: 1 });

let push: ReturnType<typeof vi.fn<(href: string) => void>>;
let replace: ReturnType<typeof vi.fn<(href: string) => void>>;

beforeEach(() => {
  navigation.search = 'status=open&page=2';
  push = vi.fn<(href: string) => void>();
  replace = vi.fn<(href: string) => void>();
  navigation.push = push;
  navigation.replace = replace;
});

describe('useUrlQuery', () => {
  test('reads the query from the URL', () => {
    const { result } = renderHook(() => useUrlQuery(thingQuery));
    expect(result.current.query).toEqual({ status: 'open', search: undefined, page: 2 });
    expect(result.current.filtered).toBe(true);
  });

  test('a changed filter goes back to the first page', () => {
    const { result } = renderHook(() => useUrlQuery(thingQuery));
    result.current.update({ search: 'lamp' });
    expect(push).toHaveBeenCalledWith('/admin/things?status=open&search=lamp');
  });

  test('links other pages of the same query, and clears to the bare list', () => {
    const { result } = renderHook(() => useUrlQuery(thingQuery));
    expect(result.current.hrefFor(3)).toBe('/admin/things?status=open&page=3');
    result.current.update({ page: 4 });
    expect(push).toHaveBeenCalledWith('/admin/things?status=open&page=4');
    result.current.clear();
    expect(push).toHaveBeenLastCalledWith('/admin/things');
  });

  test('replaces the history entry when asked to', () => {
    const { result } = renderHook(() => useUrlQuery(thingQuery, { history: 'replace' }));
    result.current.update({ status: 'closed' });
    expect(replace).toHaveBeenCalledWith('/admin/things?status=closed');
    expect(push).not.toHaveBeenCalled();
  });
});

describe('useUrlList', () => {
  test('loads the page the URL names, and again when the URL changes', async () => {
    const fetchPage = vi.fn((query: { status?: string }) =>
      Promise.resolve(pageOf([query.status ?? 'all'])),
    );
    const { result, rerender } = renderHook(() => useUrlList('things', thingQuery, fetchPage));
    expect(result.current.loading).toBe(true);
    await waitFor(() => expect(result.current.data?.items).toEqual(['open']));
    expect(fetchPage).toHaveBeenCalledWith({ status: 'open', search: undefined, page: 2 });

    navigation.search = 'status=closed';
    rerender();
    await waitFor(() => expect(result.current.data?.items).toEqual(['closed']));
    expect(result.current.loading).toBe(false);
    expect(fetchPage).toHaveBeenCalledTimes(2);
  });

  test('keeps a failed load as an error', async () => {
    const fetchPage = vi.fn(() => Promise.reject(new Error('Network Error')));
    const { result } = renderHook(() => useUrlList('things', thingQuery, fetchPage));
    await waitFor(() => expect(result.current.error).not.toBeNull());
    expect(result.current.data).toBeNull();
  });
});

'use client';

// The state of a list page kept in its URL: useUrlQuery reads the query and navigates to a changed
// one; useUrlList also loads the page of items the query names, again whenever the URL changes.
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import type { Page } from '@/lib/api-schema';
import type { UrlQuery } from '@/lib/url-list';
import { useRemote, type Remote } from '@/lib/use-remote';

export interface UrlQueryState<Q> {
  query: Q;
  /** Navigates to the query with `changes`; the page goes back to 1 unless `changes` names one. */
  update: (changes: Partial<Q>) => void;
  /** Navigates to the list with every value at its default. */
  clear: () => void;
  /** The URL of `changes` applied to the query. */
  hrefWith: (changes: Partial<Q>) => string;
  /** The URL of another page of the same query. */
  hrefFor: (page: number) => string;
  /** Whether any value other than the page differs from its default. */
  filtered: boolean;
}

export interface UrlQueryOptions {
  /** 'push' (the default) keeps each query in the history; 'replace' overwrites the entry. */
  history?: 'push' | 'replace';
}

export function useUrlQuery<Q extends { page: number }>(
  definition: UrlQuery<Q>,
  { history = 'push' }: UrlQueryOptions = {},
): UrlQueryState<Q> {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const query = definition.parse(params);

  const hrefWith = (changes: Partial<Q>) =>
    `${pathname}${definition.serialize({ ...query, ...changes })}`;
  const navigate = (href: string) =>
    history === 'push' ? router.push(href) : router.replace(href);

  return {
    query,
    update: (changes) => navigate(hrefWith({ page: 1, ...changes })),
    clear: () => navigate(pathname),
    hrefWith,
    hrefFor: (page) => hrefWith({ page } as Partial<Q>),
    filtered: definition.isFiltered(query),
  };
}

export type UrlList<Q, T> = UrlQueryState<Q> & Remote<Page<T>>;

/**
 * The list named `name` (it keys the request) whose query is in the URL: `fetchPage` is called
 * with the parsed query now and on every change of the URL; the latest answer wins.
 */
export function useUrlList<Q extends { page: number }, T>(
  name: string,
  definition: UrlQuery<Q>,
  fetchPage: (query: Q) => Promise<Page<T>>,
  options?: UrlQueryOptions,
): UrlList<Q, T> {
  const state = useUrlQuery(definition, options);
  const remote = useRemote(`${name}${definition.serialize(state.query)}`, () =>
    fetchPage(state.query),
  );
  return { ...state, ...remote };
}

/** `page` with the item of `updated`'s id replaced by it (e.g. by what a PUT answered). */
export function replaceItem<T extends { id: number }>(
  page: Page<T> | null,
  updated: T,
): Page<T> | null {
  return page
    ? { ...page, items: page.items.map((item) => (item.id === updated.id ? updated : item)) }
    : page;
}

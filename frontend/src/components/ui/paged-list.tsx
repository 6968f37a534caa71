// The body of a list page: its error with a retry, a skeleton until the first page arrives, the
// empty state, or the items (as `children` draws them) followed by the page links.
import type { ReactNode } from 'react';
import { LoadError } from '@/components/ui/load-error';
import { Pagination } from '@/components/ui/pagination';
import { TableSkeleton } from '@/components/ui/skeleton';
import type { Page } from '@/lib/api-schema';

/** What PagedList needs of a list (useUrlList gives all of it). */
export interface PagedListSource<T> {
  data: Page<T> | null;
  error: unknown;
  reload: () => Promise<void>;
  hrefFor: (page: number) => string;
}

export interface PagedListProps<T> {
  list: PagedListSource<T>;
  /** Announced while the first page loads, e.g. "Loading orders". */
  loadingLabel: string;
  /** Shown when the page has no items. */
  empty: ReactNode;
  children: (page: Page<T>) => ReactNode;
}

export function PagedList<T>({ list, loadingLabel, empty, children }: PagedListProps<T>) {
  const page = list.data;
  if (list.error) return <LoadError error={list.error} onRetry={() => void list.reload()} />;
  if (page === null) return <TableSkeleton label={loadingLabel} />;
  if (page.items.length === 0) return <>{empty}</>;
  return (
    <>
      {children(page)}
      <Pagination page={page.page} pages={page.pages} hrefFor={list.hrefFor} />
    </>
  );
}

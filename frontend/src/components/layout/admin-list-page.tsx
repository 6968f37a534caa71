// A back-office list page: its header (the title, how many items the list holds, the page's
// actions), the search box and filters above the list, and the list's page of items as a
// PagedTable. The page's dialogs come as `children`, after the table.
import type { Key, ReactNode } from 'react';
import { AdminPageHeader } from '@/components/layout/admin-shell';
import { listSearch, type SearchableList } from '@/components/ui/list-search';
import { ListToolbar } from '@/components/ui/list-toolbar';
import {
  PagedTable,
  type PagedTableProps,
  type PagedTableSource,
} from '@/components/ui/paged-table';

/** The search box of a list page; its label is "Search <the title>". */
export interface AdminListSearch {
  id: string;
  placeholder: string;
}

interface AdminListPageBase<T extends { id: Key }>
  extends Omit<PagedTableProps<T>, 'caption' | 'list'> {
  title: string;
  /** The header's line once a page is in, from the number of items on all pages. */
  summary: (total: number) => string;
  /** The header's line until then. */
  description: string;
  /** Beside the title, e.g. a button that creates an item. */
  actions?: ReactNode;
  /** Beside the search box, e.g. FilterSelects. */
  filters?: ReactNode;
  /** Between the filters and the table, e.g. what the last action did. */
  notice?: ReactNode;
  /** The table's caption for screen readers; the title unless a filter changes what it holds. */
  caption?: string;
  children?: ReactNode;
}

/** A list with a search box needs a list whose query holds a search (useUrlList gives it). */
export type AdminListPageProps<T extends { id: Key }> = AdminListPageBase<T> &
  (
    | { list: PagedTableSource<T> & SearchableList; search: AdminListSearch }
    | { list: PagedTableSource<T>; search?: undefined }
  );

export function AdminListPage<T extends { id: Key }>(props: AdminListPageProps<T>) {
  const { title, summary, description, actions, filters, notice, children, empty } = props;
  const page = props.list.data;
  const search = props.search
    ? listSearch(props.list, { ...props.search, label: `Search ${title.toLowerCase()}` })
    : undefined;
  // A list that only searches offers to clear the search; one with filters, to clear them all.
  const clearLabel = filters ? 'Clear the filters' : 'Clear the search';
  return (
    <>
      <AdminPageHeader
        title={title}
        description={page ? summary(page.total) : description}
        actions={actions}
      />
      {search || filters ? <ListToolbar search={search}>{filters}</ListToolbar> : null}
      {notice}
      <PagedTable
        list={props.list}
        empty={{ ...empty, noMatch: empty.noMatch && { clearLabel, ...empty.noMatch } }}
        caption={props.caption ?? title}
        columns={props.columns}
        rowTestId={props.rowTestId}
        minWidthClass={props.minWidthClass}
        variant={props.variant}
      />
      {children}
    </>
  );
}

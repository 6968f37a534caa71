// A back-office list page: its header (the title, how many items the list holds, the page's
// actions), the filters above the list, and the list's page of items as a PagedTable. The page's
// dialogs come as `children`, after the table.
import type { Key, ReactNode } from 'react';
import type { SearchFormProps } from '@/components/forms/search-form';
import { AdminPageHeader } from '@/components/layout/admin-shell';
import { ListToolbar } from '@/components/ui/list-toolbar';
import { PagedTable, type PagedTableProps } from '@/components/ui/paged-table';

export interface AdminListPageProps<T extends { id: Key }>
  extends Omit<PagedTableProps<T>, 'caption'> {
  title: string;
  /** The header's line once a page is in, from the number of items on all pages. */
  summary: (total: number) => string;
  /** The header's line until then. */
  description: string;
  /** Beside the title, e.g. a button that creates an item. */
  actions?: ReactNode;
  /** The search box (listSearch gives it); without it, none. */
  search?: Omit<SearchFormProps, 'className'>;
  /** Beside the search box, e.g. FilterSelects. */
  filters?: ReactNode;
  /** Between the filters and the table, e.g. what the last action did. */
  notice?: ReactNode;
  /** The table's caption for screen readers; the title unless a filter changes what it holds. */
  caption?: string;
  children?: ReactNode;
}

export function AdminListPage<T extends { id: Key }>({
  title,
  summary,
  description,
  actions,
  search,
  filters,
  notice,
  caption = title,
  children,
  ...table
}: AdminListPageProps<T>) {
  const page = table.list.data;
  return (
    <>
      <AdminPageHeader
        title={title}
        description={page ? summary(page.total) : description}
        actions={actions}
      />
      {search || filters ? <ListToolbar search={search}>{filters}</ListToolbar> : null}
      {notice}
      <PagedTable caption={caption} {...table} />
      {children}
    </>
  );
}

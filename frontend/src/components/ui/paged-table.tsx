// A back-office list page's table: the list's page of items drawn as a DataTable, with the error,
// loading, empty and page-link states of PagedList around it.
import type { Key } from 'react';
import { DataTable, type DataTableProps } from '@/components/ui/data-table';
import { ListEmpty, type ListEmptyProps } from '@/components/ui/list-empty';
import { PagedList, type PagedListSource } from '@/components/ui/paged-list';

/** What PagedTable needs of a list (useUrlList gives all of it). */
export interface PagedTableSource<T> extends PagedListSource<T> {
  loading: boolean;
  filtered: boolean;
  clear: () => void;
}

export interface PagedTableProps<T extends { id: Key }>
  extends Omit<DataTableProps<T>, 'rows' | 'rowKey' | 'busy'> {
  list: PagedTableSource<T>;
  /** What an empty page says; `noMatch` is for a list whose filters can be cleared. */
  empty: Pick<ListEmptyProps, 'icon' | 'noMatch' | 'none'>;
}

/** Rows are keyed by their id; while another page loads, the old rows stay and fade. */
export function PagedTable<T extends { id: Key }>({ list, empty, ...table }: PagedTableProps<T>) {
  return (
    <PagedList
      list={list}
      loadingLabel={`Loading ${table.caption.toLowerCase()}`}
      empty={<ListEmpty {...empty} filtered={list.filtered} onClear={list.clear} />}
    >
      {(page) => (
        <DataTable {...table} rows={page.items} rowKey={(row) => row.id} busy={list.loading} />
      )}
    </PagedList>
  );
}

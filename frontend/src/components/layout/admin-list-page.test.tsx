import { render, screen } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { CubeIcon } from '@heroicons/react/24/outline';
import { AdminListPage } from '@/components/layout/admin-list-page';
import type { PagedTableSource } from '@/components/ui/paged-table';
import type { Page } from '@/lib/api-schema';

interface Thing {
  id: number;
  name: string;
}

function source(data: Page<Thing> | null): PagedTableSource<Thing> {
  return {
    data,
    error: null,
    reload: vi.fn(() => Promise.resolve()),
    hrefFor: (page) => `/admin/things?page=${page}`,
    loading: false,
    filtered: false,
    clear: vi.fn(),
  };
}

const twoThings: Page<Thing> = {
  items: [
    { id: 1, name: 'Lamp' },
    { id: 2, name: 'Chair' },
  ],
  total: 42,
  page: 1,
  size: 20,
  pages: 3,
};

function renderPage(list: PagedTableSource<Thing>, extra: { withFilters?: boolean } = {}) {
  return render(
    <AdminListPage
      title="Things"
      summary={(total) => `${total} things in all.`}
      description="Everything there is."
      actions={<button type="button">New thing</button>}
      search={
        extra.withFilters
          ? {
              id: 'thing-search',
              label: 'Search things',
              placeholder: 'Name',
              value: undefined,
              onSearch: vi.fn(),
            }
          : undefined
      }
      filters={extra.withFilters ? <span>A filter</span> : undefined}
      list={list}
      empty={{ icon: CubeIcon, none: { title: 'No things yet', text: 'Add one.' } }}
      columns={[{ label: 'Name', cell: (thing: Thing) => thing.name }]}
      rowTestId="thing-row"
    >
      <p>A dialog</p>
    </AdminListPage>,
  );
}

describe('AdminListPage', () => {
  test('says what the list holds until a page arrives, then how many items there are', () => {
    const { rerender } = renderPage(source(null));
    expect(screen.getByRole('heading', { name: 'Things' })).toBeInTheDocument();
    expect(screen.getByText('Everything there is.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Loading things');
    rerender(
      <AdminListPage
        title="Things"
        summary={(total) => `${total} things in all.`}
        description="Everything there is."
        list={source(twoThings)}
        empty={{ icon: CubeIcon, none: { title: 'No things yet', text: 'Add one.' } }}
        columns={[{ label: 'Name', cell: (thing: Thing) => thing.name }]}
        rowTestId="thing-row"
      />,
    );
    expect(screen.getByText('42 things in all.')).toBeInTheDocument();
    expect(screen.queryByText('Everything there is.')).not.toBeInTheDocument();
  });

  test('draws the page as a table captioned with the title, then its page links and dialogs', () => {
    renderPage(source(twoThings));
    expect(screen.getByRole('table', { name: 'Things' })).toBeInTheDocument();
    expect(screen.getAllByTestId('thing-row')).toHaveLength(2);
    expect(screen.getByRole('navigation', { name: 'Pagination' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'New thing' })).toBeInTheDocument();
    expect(screen.getByText('A dialog')).toBeInTheDocument();
  });

  test('shows the search box and filters above the table only when it has them', () => {
    const { unmount } = renderPage(source(twoThings));
    expect(screen.queryByRole('search')).not.toBeInTheDocument();
    expect(screen.queryByText('A filter')).not.toBeInTheDocument();
    unmount();
    renderPage(source(twoThings), { withFilters: true });
    expect(screen.getByLabelText('Search things')).toBeInTheDocument();
    expect(screen.getByText('A filter')).toBeInTheDocument();
  });
});

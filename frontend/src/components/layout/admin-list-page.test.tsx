import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { CubeIcon } from '@heroicons/react/24/outline';
import { AdminListPage } from '@/components/layout/admin-list-page';
import type { PagedTableSource } from '@/components/ui/paged-table';
import type { Page } from '@/lib/api-schema';

interface Thing {
  id: number;
  name: string;
}

function source(data: Page<Thing> | null, filtered = false) {
  return {
    data,
    error: null,
    reload: vi.fn(() => Promise.resolve()),
    hrefFor: (page: number) => `/admin/things?page=${page}`,
    loading: false,
    filtered,
    clear: vi.fn(),
    query: { search: filtered ? 'lamp' : undefined },
    update: vi.fn(),
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

const noThings: Page<Thing> = { items: [], total: 0, page: 1, size: 20, pages: 0 };

const table = {
  summary: (total: number) => `${total} things in all.`,
  description: 'Everything there is.',
  empty: {
    icon: CubeIcon,
    noMatch: { title: 'No things match', text: 'Try another name.' },
    none: { title: 'No things yet', text: 'Add one.' },
  },
  columns: [{ label: 'Name', cell: (thing: Thing) => thing.name }],
  rowTestId: 'thing-row',
};

function renderPlain(list: PagedTableSource<Thing>) {
  return render(
    <AdminListPage
      title="Things"
      actions={<button type="button">New thing</button>}
      list={list}
      {...table}
    >
      <p>A dialog</p>
    </AdminListPage>,
  );
}

describe('AdminListPage', () => {
  test('says what the list holds until a page arrives, then how many items there are', () => {
    const { rerender } = renderPlain(source(null));
    expect(screen.getByRole('heading', { name: 'Things' })).toBeInTheDocument();
    expect(screen.getByText('Everything there is.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Loading things');
    rerender(<AdminListPage title="Things" list={source(twoThings)} {...table} />);
    expect(screen.getByText('42 things in all.')).toBeInTheDocument();
    expect(screen.queryByText('Everything there is.')).not.toBeInTheDocument();
  });

  test('draws the page as a table captioned with the title, then its page links and dialogs', () => {
    renderPlain(source(twoThings));
    expect(screen.getByRole('table', { name: 'Things' })).toBeInTheDocument();
    expect(screen.getAllByTestId('thing-row')).toHaveLength(2);
    expect(screen.getByRole('navigation', { name: 'Pagination' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'New thing' })).toBeInTheDocument();
    expect(screen.getByText('A dialog')).toBeInTheDocument();
    expect(screen.queryByRole('search')).not.toBeInTheDocument();
  });

  test('labels its search box for the title and searches the list', async () => {
    const user = userEvent.setup();
    const list = source(twoThings);
    render(
      <AdminListPage
        title="Things"
        search={{ id: 'thing-search', placeholder: 'Name' }}
        list={list}
        {...table}
      />,
    );
    await user.type(screen.getByLabelText('Search things'), 'lamp{Enter}');
    expect(list.update).toHaveBeenCalledWith({ search: 'lamp' });
  });

  test('offers to clear the search of a list that only searches, and the filters of one with filters', () => {
    const { unmount } = render(
      <AdminListPage
        title="Things"
        search={{ id: 'thing-search', placeholder: 'Name' }}
        list={source(noThings, true)}
        {...table}
      />,
    );
    expect(screen.getByRole('button', { name: 'Clear the search' })).toBeInTheDocument();
    unmount();
    render(
      <AdminListPage
        title="Things"
        search={{ id: 'thing-search', placeholder: 'Name' }}
        filters={<span>A filter</span>}
        list={source(noThings, true)}
        {...table}
      />,
    );
    expect(screen.getByText('A filter')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Clear the filters' })).toBeInTheDocument();
  });
});

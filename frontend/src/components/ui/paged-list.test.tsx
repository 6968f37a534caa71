import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { PagedList, type PagedListSource } from '@/components/ui/paged-list';
import { ApiError } from '@/lib/api-error';

function source(overrides: Partial<PagedListSource<string>>): PagedListSource<string> {
  return {
    data: null,
    error: null,
    reload: vi.fn(() => Promise.resolve()),
    hrefFor: (page) => `/things?page=${page}`,
    ...overrides,
  };
}

const page = (items: string[], number = 1, pages = 1) => ({
  items,
  total: items.length,
  page: number,
  size: 20,
  pages,
});

function renderList(list: PagedListSource<string>) {
  return render(
    <PagedList list={list} loadingLabel="Loading things" empty={<p>Nothing here</p>}>
      {(result) => (
        <ul>
          {result.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
    </PagedList>,
  );
}

describe('PagedList', () => {
  test('announces loading until the first page arrives', () => {
    renderList(source({}));
    expect(screen.getByRole('status')).toHaveTextContent('Loading things');
  });

  test('shows the error and tries again on request', async () => {
    const list = source({ error: new ApiError(503, 'The shop is busy, try again.') });
    renderList(list);
    expect(screen.getByRole('alert')).toHaveTextContent('The shop is busy');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(list.reload).toHaveBeenCalledOnce();
  });

  test('shows the empty state for a page without items', () => {
    renderList(source({ data: page([]) }));
    expect(screen.getByText('Nothing here')).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });

  test('draws the items and links the other pages', () => {
    renderList(source({ data: page(['one', 'two'], 2, 3) }));
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toContain('two');
    expect(screen.getByRole('link', { name: /Previous/ })).toHaveAttribute(
      'href',
      '/things?page=1',
    );
    expect(screen.getByRole('link', { name: 'Page 3' })).toHaveAttribute('href', '/things?page=3');
  });
});

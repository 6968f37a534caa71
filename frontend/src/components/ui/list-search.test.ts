import { describe, expect, test, vi } from 'vitest';
import { listSearch } from '@/components/ui/list-search';

describe('listSearch', () => {
  test('shows the search in force and sends a new one to the list', () => {
    const list = { query: { search: 'lamp', page: 3 }, update: vi.fn() };
    const search = listSearch(list, { id: 's', label: 'Search things', placeholder: 'Name' });
    expect(search).toMatchObject({ id: 's', label: 'Search things', value: 'lamp' });
    search.onSearch('rope');
    search.onSearch(undefined);
    expect(list.update.mock.calls).toEqual([[{ search: 'rope' }], [{ search: undefined }]]);
  });
});

// The search box of a list whose query is in the URL: it shows the `search` in force and a new
// search navigates to it (page 1), as useUrlList's `update` does.
import type { SearchFormProps } from '@/components/forms/search-form';

/** What listSearch needs of a list (useUrlList gives it). */
export interface SearchableList {
  query: { search?: string };
  update: (changes: { search?: string }) => void;
}

/** The ListToolbar `search` of `list`, with the box's id, label and placeholder. */
export function listSearch(
  list: SearchableList,
  box: Pick<SearchFormProps, 'id' | 'label' | 'placeholder'>,
): Omit<SearchFormProps, 'className'> {
  return { ...box, value: list.query.search, onSearch: (search) => list.update({ search }) };
}

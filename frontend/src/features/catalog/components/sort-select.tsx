'use client';

import { InlineSelect } from '@/components/forms/inline-select';
import { SORT_OPTIONS, productListQuery } from '@/features/catalog/filters';
import { useUrlQuery } from '@/lib/use-url-list';

export function SortSelect() {
  const { query: filters, update } = useUrlQuery(productListQuery);
  const options = SORT_OPTIONS.filter((option) => option.value !== 'relevance' || filters.search);
  const current = filters.sort ?? (filters.search ? 'relevance' : 'newest');
  return (
    <InlineSelect
      key={current}
      id="sort"
      label="Sort by"
      options={options}
      defaultValue={current}
      onChange={(sort) => update({ sort })}
    />
  );
}

'use client';

import { inputClasses } from '@/components/forms/field-shell';
import { SelectOptions } from '@/components/ui/list-toolbar';
import { SORT_OPTIONS, productListQuery } from '@/features/catalog/filters';
import type { ProductSort } from '@/features/catalog/types';
import { useUrlQuery } from '@/lib/use-url-list';

export function SortSelect() {
  const { query: filters, update } = useUrlQuery(productListQuery);
  const options = SORT_OPTIONS.filter((option) => option.value !== 'relevance' || filters.search);
  const current = filters.sort ?? (filters.search ? 'relevance' : 'newest');
  return (
    <div className="flex items-center gap-2">
      <label htmlFor="sort" className="whitespace-nowrap text-sm text-slate-700">
        Sort by
      </label>
      <select
        id="sort"
        className={`${inputClasses(false)} w-auto`}
        key={current}
        defaultValue={current}
        onChange={(event) => update({ sort: event.target.value as ProductSort })}
      >
        <SelectOptions options={options} />
      </select>
    </div>
  );
}

'use client';

import { useRouter } from 'next/navigation';
import { inputClasses } from '@/components/forms/text-field';
import { SORT_OPTIONS, productListHref } from '@/features/catalog/filters';
import type { ProductFilters, ProductSort } from '@/features/catalog/types';

export function SortSelect({ filters }: { filters: ProductFilters }) {
  const router = useRouter();
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
        onChange={(event) =>
          router.push(
            productListHref({ ...filters, sort: event.target.value as ProductSort, page: 1 }),
          )
        }
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

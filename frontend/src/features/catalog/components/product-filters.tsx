'use client';

// The filter panel of the product list. It owns no state of its own beyond the inputs being
// edited: applying a filter writes the URL, and the server renders the list for that URL.
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { inputClasses } from '@/components/forms/field-shell';
import { TextField } from '@/components/forms/text-field';
import { productListQuery } from '@/features/catalog/filters';
import type { Category } from '@/features/catalog/types';
import { parseMoneyInput } from '@/lib/money';
import { useUrlQuery } from '@/lib/use-url-list';

const PRICE_ERROR_ID = 'filter-price-error';

/** One end of the price range; both ends share the range's one error message. */
function PriceInput({
  id,
  label,
  value,
  onChange,
  error,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: string | null;
}) {
  return (
    <TextField
      id={id}
      label={label}
      inputMode="decimal"
      autoComplete="off"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      invalid={error !== null}
      aria-describedby={error ? PRICE_ERROR_ID : undefined}
      className="flex-1"
    />
  );
}

export function ProductFiltersForm({ categories }: { categories: Category[] }) {
  const { query: filters, update } = useUrlQuery(productListQuery);
  const [minPrice, setMinPrice] = useState(filters.min_price ?? '');
  const [maxPrice, setMaxPrice] = useState(filters.max_price ?? '');
  const [priceError, setPriceError] = useState<string | null>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const low = minPrice.trim() === '' ? null : parseMoneyInput(minPrice);
    const high = maxPrice.trim() === '' ? null : parseMoneyInput(maxPrice);
    if ((minPrice.trim() !== '' && low === null) || (maxPrice.trim() !== '' && high === null)) {
      setPriceError('Enter prices as amounts like 25 or 19.99.');
      return;
    }
    if (low !== null && high !== null && low > high) {
      setPriceError('The minimum price must not be above the maximum.');
      return;
    }
    setPriceError(null);
    update({ min_price: minPrice.trim() || undefined, max_price: maxPrice.trim() || undefined });
  };

  const hasFilters = Boolean(
    filters.category || filters.min_price || filters.max_price || filters.in_stock,
  );

  return (
    <form onSubmit={onSubmit} aria-label="Filter products" className="space-y-6">
      <div>
        <label htmlFor="filter-category" className="block text-sm font-semibold text-slate-900">
          Category
        </label>
        <select
          id="filter-category"
          className={`mt-2 ${inputClasses(false)}`}
          defaultValue={filters.category ?? ''}
          onChange={(event) => update({ category: event.target.value || undefined })}
        >
          <option value="">All categories</option>
          {categories.map((category) => (
            <option key={category.id} value={category.slug}>
              {category.name} ({category.product_count})
            </option>
          ))}
        </select>
      </div>

      <fieldset>
        <legend className="text-sm font-semibold text-slate-900">Price</legend>
        <div className="mt-2 flex items-end gap-2">
          <PriceInput
            id="filter-min-price"
            label="Min ($)"
            value={minPrice}
            onChange={setMinPrice}
            error={priceError}
          />
          <span className="pb-2 text-slate-500" aria-hidden="true">
            –
          </span>
          <PriceInput
            id="filter-max-price"
            label="Max ($)"
            value={maxPrice}
            onChange={setMaxPrice}
            error={priceError}
          />
        </div>
        {priceError ? (
          <p id={PRICE_ERROR_ID} className="mt-1 text-sm text-red-700">
            {priceError}
          </p>
        ) : null}
      </fieldset>

      <div className="flex items-center gap-2">
        <input
          id="filter-in-stock"
          type="checkbox"
          className="h-5 w-5 rounded border-slate-300 text-brand-600 focus:ring-brand-600"
          defaultChecked={filters.in_stock === true}
          onChange={(event) => update({ in_stock: event.target.checked })}
        />
        <label htmlFor="filter-in-stock" className="text-sm text-slate-800">
          In stock only
        </label>
      </div>

      <div className="flex flex-wrap gap-2">
        <Button type="submit">Apply filters</Button>
        {hasFilters ? (
          <Button
            variant="ghost"
            onClick={() =>
              update({
                category: undefined,
                min_price: undefined,
                max_price: undefined,
                in_stock: false,
              })
            }
          >
            Clear filters
          </Button>
        ) : null}
      </div>
    </form>
  );
}

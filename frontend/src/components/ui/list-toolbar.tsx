// The filters above a back-office list: a search box and selects that write the list's URL.
import type { ReactNode } from 'react';
import { SearchForm, type SearchFormProps } from '@/components/forms/search-form';
import { FieldShell } from '@/components/forms/field-shell';

/**
 * Lays out a list's filters, stacked on phones and in one row from `sm` up: the search box first
 * (taking the free width), then `children` (e.g. FilterSelects).
 */
export function ListToolbar({
  search,
  children,
}: {
  search?: Omit<SearchFormProps, 'className'>;
  children?: ReactNode;
}) {
  return (
    <div className="mb-4 flex flex-col gap-3 sm:flex-row sm:items-end">
      {search ? <SearchForm {...search} className="flex-1" /> : null}
      {children}
    </div>
  );
}

export interface SelectOption<V extends string> {
  value: V;
  label: string;
}

/** The options of a select, in order. */
export function SelectOptions<V extends string>({ options }: { options: SelectOption<V>[] }) {
  return (
    <>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </>
  );
}

export interface FilterSelectProps<V extends string> {
  id: string;
  label: string;
  /** The value in force; undefined selects the `anyLabel` option. */
  value: V | undefined;
  options: SelectOption<V>[];
  /** The label of the option that filters nothing (e.g. "All statuses"); without it, none. */
  anyLabel?: string;
  onChange: (value: V | undefined) => void;
  /** A Tailwind width class, e.g. "sm:w-48". */
  widthClass?: string;
}

/** A labelled select that filters a list by one value. */
export function FilterSelect<V extends string>({
  id,
  label,
  value,
  options,
  anyLabel,
  onChange,
  widthClass = 'sm:w-48',
}: FilterSelectProps<V>) {
  return (
    <FieldShell label={label} id={id} className={widthClass}>
      {(control) => (
        <select
          {...control}
          value={value ?? ''}
          onChange={(event) =>
            onChange(options.find((option) => option.value === event.target.value)?.value)
          }
        >
          {anyLabel !== undefined ? <option value="">{anyLabel}</option> : null}
          <SelectOptions options={options} />
        </select>
      )}
    </FieldShell>
  );
}

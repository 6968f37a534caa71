'use client';

// A labelled search box with its button, for list pages that keep the search in the URL.
import type { FormEvent } from 'react';
import { MagnifyingGlassIcon } from '@heroicons/react/24/outline';
import { TextField } from '@/components/forms/text-field';
import { Button } from '@/components/ui/button';

export interface SearchFormProps {
  id: string;
  label: string;
  placeholder: string;
  /** The search in force, shown in the box. */
  value: string | undefined;
  /** Called with the trimmed text, or undefined when the box is empty. */
  onSearch: (search: string | undefined) => void;
  className?: string;
}

export function SearchForm({
  id,
  label,
  placeholder,
  value,
  onSearch,
  className,
}: SearchFormProps) {
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const search = String(new FormData(event.currentTarget).get('search') ?? '').trim();
    onSearch(search === '' ? undefined : search);
  };
  return (
    <form
      role="search"
      onSubmit={onSubmit}
      className={`flex gap-2 ${className ?? ''}`}
      key={value ?? ''}
    >
      <TextField
        id={id}
        label={label}
        name="search"
        type="search"
        defaultValue={value ?? ''}
        placeholder={placeholder}
        className="flex-1"
      />
      <Button type="submit" variant="secondary" className="self-end">
        <MagnifyingGlassIcon className="h-4 w-4" aria-hidden="true" />
        Search
      </Button>
    </form>
  );
}

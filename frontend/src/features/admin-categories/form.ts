// The category form's values and what they become in the request body.
import type { Category, CategoryInput } from '@/features/admin-categories/types';

export interface CategoryFormValues {
  name: string;
  slug: string;
  description: string;
}

export function categoryFormValues(category: Category | null): CategoryFormValues {
  return {
    name: category?.name ?? '',
    slug: category?.slug ?? '',
    description: category?.description ?? '',
  };
}

/**
 * The request body: trimmed text; an empty slug is left out so the API derives one from the name;
 * an empty description is null when editing (to clear it) and absent when creating.
 */
export function toCategoryInput(values: CategoryFormValues, editing: boolean): CategoryInput {
  const input: CategoryInput = { name: values.name.trim() };
  const slug = values.slug.trim();
  if (slug !== '') input.slug = slug;
  const description = values.description.trim();
  if (description !== '') input.description = description;
  else if (editing) input.description = null;
  return input;
}

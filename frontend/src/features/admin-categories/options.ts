// The categories as a select's options: the product form's category and the product list's filter.
import type { SelectOption } from '@/components/ui/list-toolbar';
import type { Category } from '@/features/admin-categories/types';

/** An option per category, in the order given: its id as text for the value, its name as the label. */
export function categoryOptions(categories: readonly Category[] | null): SelectOption<string>[] {
  return (categories ?? []).map((category) => ({
    value: String(category.id),
    label: category.name,
  }));
}

export type { Category } from '@/features/catalog/types';

/** What the category form sends: POST needs a name; PUT any subset. */
export interface CategoryInput {
  name: string;
  slug?: string;
  description?: string | null;
  image_url?: string | null;
}

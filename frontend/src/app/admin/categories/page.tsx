import type { Metadata } from 'next';
import { CategoryManager } from '@/features/admin-categories/components/category-manager';

export const metadata: Metadata = { title: 'Categories' };

export default function AdminCategoriesPage() {
  return <CategoryManager />;
}

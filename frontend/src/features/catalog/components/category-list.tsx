/* eslint-disable @next/next/no-img-element -- category images are served by the API's /uploads. */
import Link from 'next/link';
import type { Category } from '@/features/catalog/types';

export function CategoryList({ categories }: { categories: Category[] }) {
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-6 lg:grid-cols-4">
      {categories.map((category) => (
        <li key={category.id}>
          <Link
            href={`/products?category=${encodeURIComponent(category.slug)}`}
            className="group flex h-full items-center gap-3 rounded-lg border border-slate-200 bg-white p-3 shadow-sm transition-shadow hover:shadow-md sm:p-4"
          >
            {category.image_url ? (
              <img
                src={category.image_url}
                alt=""
                className="h-12 w-12 shrink-0 rounded-md bg-slate-100 object-cover"
                loading="lazy"
              />
            ) : (
              <span
                aria-hidden="true"
                className="grid h-12 w-12 shrink-0 place-items-center rounded-md bg-brand-50 text-lg font-bold text-brand-700"
              >
                {category.name.charAt(0)}
              </span>
            )}
            <span className="min-w-0">
              <span className="block truncate font-medium text-slate-900 group-hover:text-brand-700">
                {category.name}
              </span>
              <span className="block text-xs text-slate-600">
                {category.product_count} {category.product_count === 1 ? 'product' : 'products'}
              </span>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

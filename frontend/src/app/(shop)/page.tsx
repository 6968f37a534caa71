import type { Metadata } from 'next';
import Link from 'next/link';
import {
  ArrowRightIcon,
  ShieldCheckIcon,
  TruckIcon,
  ArrowPathIcon,
} from '@heroicons/react/24/outline';
import { Container } from '@/components/layout/container';
import { buttonClasses } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { listCategories, listProducts } from '@/features/catalog/api';
import { CategoryList } from '@/features/catalog/components/category-list';
import { ProductGrid } from '@/features/catalog/components/product-card';
import { SHOP_NAME } from '@/lib/env';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: { absolute: `${SHOP_NAME} — everyday goods, carefully chosen` },
  description: `Shop featured products and browse every category at ${SHOP_NAME}. Secure checkout and free returns.`,
  alternates: { canonical: '/' },
  openGraph: { title: SHOP_NAME, description: 'Everyday goods, carefully chosen.', url: '/' },
};

export default async function HomePage() {
  const [categories, featured] = await Promise.all([
    listCategories(),
    listProducts({ featured: true, size: 8, sort: 'newest' }),
  ]);

  return (
    <>
      <section className="-mt-6 bg-gradient-to-br from-brand-900 to-brand-700 text-white sm:-mt-10">
        <Container className="py-12 sm:py-20">
          <h1 className="max-w-2xl text-3xl font-bold tracking-tight sm:text-5xl">
            Everyday goods, carefully chosen.
          </h1>
          <p className="mt-4 max-w-xl text-base text-brand-100 sm:text-lg">
            Quality products from trusted makers, fair prices, and checkout that takes a minute.
          </p>
          <div className="mt-8 flex flex-wrap gap-3">
            <Link
              href="/products"
              className={`${buttonClasses('secondary', 'lg')} border-transparent`}
            >
              Shop all products
              <ArrowRightIcon className="h-5 w-5" aria-hidden="true" />
            </Link>
          </div>
          <ul className="mt-10 grid gap-4 text-sm text-brand-100 sm:grid-cols-3">
            <li className="flex items-center gap-2">
              <TruckIcon className="h-5 w-5" aria-hidden="true" /> Fast, tracked shipping
            </li>
            <li className="flex items-center gap-2">
              <ArrowPathIcon className="h-5 w-5" aria-hidden="true" /> Free returns within 30 days
            </li>
            <li className="flex items-center gap-2">
              <ShieldCheckIcon className="h-5 w-5" aria-hidden="true" /> Secure checkout
            </li>
          </ul>
        </Container>
      </section>

      <Container className="mt-12">
        <section aria-labelledby="featured-heading">
          <div className="mb-6 flex items-end justify-between gap-4">
            <h2 id="featured-heading" className="text-xl font-bold tracking-tight sm:text-2xl">
              Featured products
            </h2>
            <Link
              href="/products"
              className="text-sm font-semibold text-brand-700 hover:text-brand-800"
            >
              View all<span aria-hidden="true"> →</span>
            </Link>
          </div>
          {featured.items.length > 0 ? (
            <ProductGrid products={featured.items} />
          ) : (
            <EmptyState title="No featured products right now">
              Browse the whole catalog instead.
            </EmptyState>
          )}
        </section>

        <section aria-labelledby="categories-heading" className="mt-16">
          <h2 id="categories-heading" className="mb-6 text-xl font-bold tracking-tight sm:text-2xl">
            Shop by category
          </h2>
          {categories.length > 0 ? (
            <CategoryList categories={categories} />
          ) : (
            <EmptyState title="No categories yet" />
          )}
        </section>
      </Container>
    </>
  );
}

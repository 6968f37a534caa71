import type { Metadata } from 'next';
import Link from 'next/link';
import { cache } from 'react';
import { MagnifyingGlassIcon } from '@heroicons/react/24/outline';
import { Container } from '@/components/layout/container';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { buttonClasses } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { listCategories, listProducts } from '@/features/catalog/api';
import { ProductGrid } from '@/features/catalog/components/product-card';
import { FiltersDisclosure } from '@/features/catalog/components/filters-disclosure';
import { ProductFiltersForm } from '@/features/catalog/components/product-filters';
import { Pagination } from '@/components/ui/pagination';
import { SortSelect } from '@/features/catalog/components/sort-select';
import { productListHref, productListQuery } from '@/features/catalog/filters';
import type { Category, ProductFilters } from '@/features/catalog/types';
import { formatCents, parseMoneyInput } from '@/lib/money';
import type { SearchParams } from '@/lib/url-list';

export const dynamic = 'force-dynamic';

// generateMetadata and the page share one request per render.
const loadCategories = cache(listCategories);

interface Props {
  searchParams: SearchParams;
}

function headingFor(filters: ProductFilters, category: Category | undefined): string {
  if (filters.search) return `Results for “${filters.search}”`;
  if (category) return category.name;
  return 'All products';
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const filters = productListQuery.parse(searchParams);
  const categories = await loadCategories();
  const category = categories.find((candidate) => candidate.slug === filters.category);
  const title = headingFor(filters, category);
  const canonical = productListHref({ category: category?.slug, page: filters.page });
  const description = category?.description
    ? category.description
    : `Browse ${category ? category.name.toLowerCase() : 'all products'} — prices, stock and fast delivery.`;
  return {
    title,
    description,
    alternates: { canonical },
    openGraph: { title, description, url: canonical },
    robots: filters.search ? { index: false, follow: true } : undefined,
  };
}

function priceLabel(filters: ProductFilters): string | null {
  const low = filters.min_price ? parseMoneyInput(filters.min_price) : null;
  const high = filters.max_price ? parseMoneyInput(filters.max_price) : null;
  if (low !== null && high !== null) return `${formatCents(low)} – ${formatCents(high)}`;
  if (low !== null) return `From ${formatCents(low)}`;
  if (high !== null) return `Up to ${formatCents(high)}`;
  return null;
}

export default async function ProductListPage({ searchParams }: Props) {
  const filters = productListQuery.parse(searchParams);
  const [categories, result] = await Promise.all([loadCategories(), listProducts(filters)]);
  const category = categories.find((candidate) => candidate.slug === filters.category);
  const price = priceLabel(filters);

  return (
    <Container>
      <Breadcrumb
        className="mb-3"
        trail={[
          { label: 'Home', href: '/' },
          ...(category ? [{ label: 'Products', href: '/products' }] : []),
        ]}
        current={category ? category.name : 'Products'}
      />
      <div className="mb-6 flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">
            {headingFor(filters, category)}
          </h1>
          <p className="mt-1 text-sm text-slate-600" role="status" data-testid="result-count">
            {result.total === 1 ? '1 product' : `${result.total} products`}
            {price ? ` · ${price}` : ''}
            {filters.in_stock ? ' · in stock' : ''}
          </p>
        </div>
        <SortSelect />
      </div>

      <div className="grid gap-8 lg:grid-cols-[16rem_1fr]">
        <aside>
          <FiltersDisclosure active={Boolean(filters.category || price || filters.in_stock)}>
            <ProductFiltersForm key={productListQuery.serialize(filters)} categories={categories} />
          </FiltersDisclosure>
        </aside>

        <section aria-label="Results">
          {result.items.length > 0 ? (
            <>
              <ProductGrid products={result.items} />
              <Pagination
                page={result.page}
                pages={result.pages}
                hrefFor={(page) => productListHref({ ...filters, page })}
              />
            </>
          ) : (
            <EmptyState
              icon={MagnifyingGlassIcon}
              title={result.total > 0 ? 'There is no such page' : 'No products match'}
              action={
                <Link href="/products" className={buttonClasses('secondary')}>
                  Clear all filters
                </Link>
              }
            >
              {result.total > 0
                ? 'This list has fewer pages. Go back to the first page.'
                : 'Try a different search term, widen the price range or pick another category.'}
            </EmptyState>
          )}
        </section>
      </div>
    </Container>
  );
}

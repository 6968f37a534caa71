import type { MetadataRoute } from 'next';
import { listCategories, listProducts } from '@/features/catalog/api';
import type { Product } from '@/features/catalog/types';
import { siteUrl } from '@/lib/site-url';

export const dynamic = 'force-dynamic';

const MAX_PAGES = 500;

async function allProducts(): Promise<Product[]> {
  const products: Product[] = [];
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    const result = await listProducts({ page, size: 100, sort: 'newest' });
    products.push(...result.items);
    if (page >= result.pages) break;
  }
  return products;
}

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = siteUrl();
  const [categories, products] = await Promise.all([listCategories(), allProducts()]);
  return [
    { url: `${origin}/`, changeFrequency: 'daily', priority: 1 },
    { url: `${origin}/products`, changeFrequency: 'daily', priority: 0.9 },
    ...categories.map((category) => ({
      url: `${origin}/products?category=${encodeURIComponent(category.slug)}`,
      changeFrequency: 'weekly' as const,
      priority: 0.7,
    })),
    ...products.map((product) => ({
      url: `${origin}/products/${product.slug}`,
      lastModified: product.updated_at,
      changeFrequency: 'weekly' as const,
      priority: 0.8,
    })),
  ];
}

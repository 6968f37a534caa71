import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { Container } from '@/components/layout/container';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { getProductBySlug, getVariants, listProducts } from '@/features/catalog/api';
import { ProductGrid } from '@/features/catalog/components/product-card';
import { PagePrice } from '@/features/catalog/components/price';
import { ProductGallery } from '@/features/catalog/components/product-gallery';
import { StockState } from '@/features/catalog/components/stock-state';
import { VariantPicker } from '@/features/catalog/components/variant-picker';
import { productJsonLd, serializeJsonLd } from '@/features/catalog/json-ld';
import { AddToCart } from '@/features/cart/components/add-to-cart';
import { getFirstReviewsOnServer, getRatingOnServer } from '@/features/reviews/api';
import { ProductReviews } from '@/features/reviews/components/product-reviews';
import { HeartButton } from '@/features/wishlist/components/heart-button';
import { StockAlert } from '@/features/wishlist/components/stock-alert';
import { SHOP_NAME } from '@/lib/env';
import { unindexedPage } from '@/lib/page-metadata';
import { partOrFallback } from '@/lib/server-api';
import { siteUrl } from '@/lib/site-url';

export const dynamic = 'force-dynamic';

const loadProduct = cache(getProductBySlug);

interface Props {
  params: { slug: string };
}

function summary(text: string | null, name: string): string {
  const clean = (text ?? '').replace(/\s+/g, ' ').trim();
  if (clean === '') return `Buy ${name} at ${SHOP_NAME}.`;
  return clean.length > 160 ? `${clean.slice(0, 157)}…` : clean;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const product = await loadProduct(params.slug);
  if (!product) {
    return unindexedPage('Product not found');
  }
  const canonical = `/products/${product.slug}`;
  const description = summary(product.description, product.name);
  const image = product.image_url ?? product.images[0];
  return {
    title: product.name,
    description,
    alternates: { canonical },
    openGraph: {
      type: 'website',
      title: product.name,
      description,
      url: canonical,
      images: image ? [{ url: image, alt: product.name }] : undefined,
    },
  };
}

export default async function ProductPage({ params }: Props) {
  const product = await loadProduct(params.slug);
  if (!product) {
    notFound();
  }
  const origin = siteUrl();
  const url = `${origin}/products/${product.slug}`;
  const images = [
    ...new Set(
      [product.image_url, ...product.images].filter((image): image is string => Boolean(image)),
    ),
  ];
  // The variants are needed to buy; the rest the page can do without (the reviews section then
  // reads them from the browser).
  const [related, rating, firstReviews, variants] = await Promise.all([
    product.category
      ? partOrFallback(
          listProducts({ category: product.category.slug, in_stock: true, size: 5 }).then((page) =>
            page.items.filter((candidate) => candidate.id !== product.id).slice(0, 4),
          ),
          [],
          'related products',
        )
      : [],
    partOrFallback(getRatingOnServer(product.id), null, 'the rating'),
    partOrFallback(getFirstReviewsOnServer(product.id), null, 'the first reviews'),
    product.has_variants ? getVariants(product.id) : null,
  ]);
  const cartProduct = {
    id: product.id,
    name: product.name,
    slug: product.slug,
    price_cents: product.price_cents,
    image_url: product.image_url ?? images[0] ?? null,
    stock_quantity: product.stock_quantity,
  };
  const heart = <HeartButton productId={product.id} productName={product.name} size="lg" />;

  return (
    <Container>
      <script
        type="application/ld+json"
        nonce={headers().get('x-nonce') ?? undefined}
        dangerouslySetInnerHTML={{
          __html: serializeJsonLd(
            productJsonLd(
              product,
              url,
              origin,
              SHOP_NAME,
              rating ? { rating, reviews: firstReviews?.items ?? [] } : undefined,
              variants?.variants,
            ),
          ),
        }}
      />
      <Breadcrumb
        className="mb-6"
        trail={[
          { label: 'Home', href: '/' },
          { label: 'Products', href: '/products' },
          ...(product.category
            ? [
                {
                  label: product.category.name,
                  href: `/products?category=${encodeURIComponent(product.category.slug)}`,
                },
              ]
            : []),
        ]}
        current={product.name}
      />

      <div className="grid gap-8 md:grid-cols-2 lg:gap-12">
        <ProductGallery images={images} name={product.name} />
        <div>
          <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">
            {product.name}
          </h1>
          {variants ? (
            <VariantPicker
              product={cartProduct}
              compareAtCents={product.compare_at_price_cents}
              options={variants.options}
              variants={variants.variants}
              actions={heart}
            />
          ) : (
            <>
              <p className="mt-1 text-sm text-slate-600">SKU {product.sku}</p>
              <div className="mt-4">
                <PagePrice
                  priceCents={product.price_cents}
                  compareAtCents={product.compare_at_price_cents}
                />
              </div>
              <div className="mt-2">
                <StockState quantity={product.stock_quantity} />
              </div>
              <div className="mt-6 flex items-start gap-3">
                <AddToCart product={cartProduct} />
                {heart}
              </div>
              {product.stock_quantity <= 0 ? <StockAlert productId={product.id} /> : null}
            </>
          )}
          {product.description ? (
            <section
              aria-labelledby="description-heading"
              className="mt-10 border-t border-slate-200 pt-6"
            >
              <h2 id="description-heading" className="text-base font-semibold text-slate-900">
                Description
              </h2>
              <p className="mt-2 whitespace-pre-line text-slate-700">{product.description}</p>
            </section>
          ) : null}
          <ul className="mt-8 space-y-1 border-t border-slate-200 pt-6 text-sm text-slate-600">
            <li>Free returns within 30 days</li>
            <li>Secure checkout</li>
          </ul>
        </div>
      </div>

      <ProductReviews
        productId={product.id}
        productSlug={product.slug}
        rating={rating}
        firstPage={firstReviews}
      />

      {related.length > 0 ? (
        <section aria-labelledby="related-heading" className="mt-16">
          <h2 id="related-heading" className="mb-6 text-xl font-bold tracking-tight">
            More from {product.category?.name}
          </h2>
          <ProductGrid products={related} />
        </section>
      ) : null}
    </Container>
  );
}

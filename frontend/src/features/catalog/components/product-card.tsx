import Link from 'next/link';
import { ChooseOptionsLink } from '@/features/catalog/components/choose-options-link';
import { Price } from '@/features/catalog/components/price';
import { ProductImage } from '@/features/catalog/components/product-image';
import { StockState } from '@/features/catalog/components/stock-state';
import type { Product } from '@/features/catalog/types';
import { HeartButton } from '@/features/wishlist/components/heart-button';
import { discountPercent } from '@/lib/money';

export function ProductCard({
  product,
  priority = false,
}: {
  product: Product;
  priority?: boolean;
}) {
  const discount = discountPercent(product.price_cents, product.compare_at_price_cents);
  const soldOut = product.stock_quantity <= 0;
  return (
    <article
      className="group relative flex flex-col overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm transition-shadow focus-within:ring-2 focus-within:ring-brand-600 hover:shadow-md"
      data-testid="product-card"
    >
      <div className="relative aspect-square">
        <ProductImage
          src={product.image_url ?? product.images[0] ?? null}
          alt={product.name}
          priority={priority}
          className={`h-full w-full ${soldOut ? 'opacity-60' : ''}`}
        />
        <div className="absolute left-2 top-2 flex flex-col gap-1">
          {discount !== null ? (
            <span className="rounded bg-red-700 px-2 py-0.5 text-xs font-bold text-white">
              Sale −{discount}%
            </span>
          ) : null}
          {soldOut ? (
            <span className="rounded bg-slate-800 px-2 py-0.5 text-xs font-bold text-white">
              Sold out
            </span>
          ) : null}
        </div>
        <HeartButton
          productId={product.id}
          productName={product.name}
          className="absolute right-2 top-2 z-10"
        />
      </div>
      <div className="flex flex-1 flex-col gap-1 p-3 sm:p-4">
        {product.category ? (
          <p className="text-xs font-medium uppercase tracking-wide text-slate-600">
            {product.category.name}
          </p>
        ) : null}
        <h3 className="text-sm font-medium text-slate-900 sm:text-base">
          <Link href={`/products/${product.slug}`} className="focus:outline-none">
            <span className="absolute inset-0" aria-hidden="true" />
            {product.name}
          </Link>
        </h3>
        <div className="mt-auto pt-2">
          <Price priceCents={product.price_cents} compareAtCents={product.compare_at_price_cents} />
          <StockState quantity={product.stock_quantity} />
          {product.has_variants ? (
            <ChooseOptionsLink
              slug={product.slug}
              productName={product.name}
              className="relative z-10 mt-2"
            />
          ) : null}
        </div>
      </div>
    </article>
  );
}

export function ProductGrid({ products }: { products: Product[] }) {
  return (
    <ul
      className="grid grid-cols-2 gap-3 sm:gap-6 md:grid-cols-3 lg:grid-cols-4"
      aria-label="Products"
    >
      {products.map((product, index) => (
        <li key={product.id}>
          <ProductCard product={product} priority={index < 4} />
        </li>
      ))}
    </ul>
  );
}

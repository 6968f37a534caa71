'use client';

// The signed-in customer's saved products, a page at a time: each with its price and stock, Add
// to cart and Remove.
import Link from 'next/link';
import { useState } from 'react';
import toast from 'react-hot-toast';
import { HeartIcon } from '@heroicons/react/24/outline';
import { Button, buttonClasses } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PagedList } from '@/components/ui/paged-list';
import { useCartStore } from '@/features/cart/store';
import { ChooseOptionsLink } from '@/features/catalog/components/choose-options-link';
import { Price } from '@/features/catalog/components/price';
import { ProductImage } from '@/features/catalog/components/product-image';
import { StockState } from '@/features/catalog/components/stock-state';
import { listWishlist } from '@/features/wishlist/api';
import { wishlistQuery } from '@/features/wishlist/list-query';
import { useWishlistStore } from '@/features/wishlist/store';
import type { WishlistProduct } from '@/features/wishlist/types';
import { errorMessage } from '@/lib/api-error';
import { useUrlList } from '@/lib/use-url-list';

function Availability({ product }: { product: WishlistProduct }) {
  if (!product.is_active) {
    return <p className="text-sm font-medium text-slate-600">No longer available</p>;
  }
  return <StockState quantity={product.stock_quantity} />;
}

function WishlistEntry({
  product,
  onRemoved,
}: {
  product: WishlistProduct;
  onRemoved: () => Promise<void>;
}) {
  const addToCart = useCartStore((state) => state.addToCart);
  const setSaved = useWishlistStore((state) => state.setSaved);
  const [busy, setBusy] = useState<'add' | 'remove' | null>(null);
  const canBuy = product.is_active && product.stock_quantity > 0;

  const run = async (action: 'add' | 'remove') => {
    setBusy(action);
    try {
      if (action === 'add') {
        await addToCart({
          id: product.id,
          name: product.name,
          slug: product.slug,
          price_cents: product.price_cents,
          image_url: product.image_url,
          stock_quantity: product.stock_quantity,
        });
        toast.success(`Added ${product.name} to your cart.`, { id: 'added-to-cart' });
      } else {
        await setSaved(product.id, false);
        toast.success(`Removed ${product.name} from your wishlist.`);
        await onRemoved();
      }
    } catch (error: unknown) {
      toast.error(errorMessage(error));
    } finally {
      setBusy(null);
    }
  };

  return (
    <li
      className="flex gap-4 rounded-lg border border-slate-200 bg-white p-3 shadow-sm sm:p-4"
      data-testid="wishlist-item"
    >
      <ProductImage
        src={product.image_url}
        alt={product.name}
        className={`h-24 w-24 shrink-0 rounded-md ${canBuy ? '' : 'opacity-60'}`}
      />
      <div className="flex min-w-0 flex-1 flex-col gap-1">
        <h2 className="font-medium text-slate-900">
          {product.is_active ? (
            <Link href={`/products/${product.slug}`} className="hover:text-brand-700">
              {product.name}
            </Link>
          ) : (
            product.name
          )}
        </h2>
        <Price priceCents={product.price_cents} compareAtCents={product.compare_at_price_cents} />
        <Availability product={product} />
        <div className="mt-2 flex flex-wrap gap-2">
          {product.has_variants && product.is_active ? (
            <ChooseOptionsLink slug={product.slug} productName={product.name} />
          ) : (
            <Button
              size="sm"
              disabled={!canBuy || busy !== null}
              loading={busy === 'add'}
              onClick={() => void run('add')}
            >
              Add to cart
            </Button>
          )}
          <Button
            size="sm"
            variant="secondary"
            disabled={busy !== null}
            loading={busy === 'remove'}
            onClick={() => void run('remove')}
            aria-label={`Remove ${product.name} from your wishlist`}
          >
            Remove
          </Button>
        </div>
      </div>
    </li>
  );
}

export function WishlistView() {
  const wishlist = useUrlList('wishlist', wishlistQuery, listWishlist);
  // The last product of a later page removed: the page before it is the one left to show.
  const afterRemoval = async (shownOnPage: number): Promise<void> => {
    const { page } = wishlist.query;
    if (shownOnPage === 1 && page > 1) {
      wishlist.update({ page: page - 1 });
      return;
    }
    await wishlist.reload();
  };
  return (
    <PagedList
      list={wishlist}
      loadingLabel="Loading your wishlist"
      empty={
        <EmptyState
          icon={HeartIcon}
          title="Your wishlist is empty"
          action={
            <Link href="/products" className={buttonClasses()}>
              Browse products
            </Link>
          }
        >
          Tap the heart on a product to save it here for later.
        </EmptyState>
      }
    >
      {(page) => (
        <ul className="grid gap-4 md:grid-cols-2" aria-label="Saved products">
          {page.items.map((item) => (
            <WishlistEntry
              key={item.product_id}
              product={item.product}
              onRemoved={() => afterRemoval(page.items.length)}
            />
          ))}
        </ul>
      )}
    </PagedList>
  );
}

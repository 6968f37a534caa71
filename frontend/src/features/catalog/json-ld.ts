// schema.org Product structured data for a product page.
import type { Product, Variant } from '@/features/catalog/types';
import type { Rating, Review } from '@/features/reviews/types';
import { CURRENCY, centsToDecimalString } from '@/lib/money';

/** What the product page knows of the product's reviews: its rating and the first reviews shown. */
export interface ReviewsForJsonLd {
  rating: Rating;
  reviews: Review[];
}

/** `aggregateRating` and `review` of a Product, or nothing while it has no (visible) reviews. */
export function reviewsJsonLd({ rating, reviews }: ReviewsForJsonLd): Record<string, unknown> {
  if (rating.count === 0 || rating.average === null) return {};
  return {
    aggregateRating: {
      '@type': 'AggregateRating',
      ratingValue: rating.average,
      reviewCount: rating.count,
      bestRating: 5,
      worstRating: 1,
    },
    review: reviews.map((review) => ({
      '@type': 'Review',
      author: { '@type': 'Person', name: review.author_name },
      datePublished: review.created_at.slice(0, 10),
      name: review.title,
      reviewBody: review.body,
      reviewRating: {
        '@type': 'Rating',
        ratingValue: review.rating,
        bestRating: 5,
        worstRating: 1,
      },
    })),
  };
}

function availability(stock: number): string {
  return stock > 0 ? 'https://schema.org/InStock' : 'https://schema.org/OutOfStock';
}

/**
 * The product's `offers`: one Offer, or for a product with variants an AggregateOffer of the
 * lowest and highest variant price with an Offer per variant.
 */
function offersJsonLd(
  product: Product,
  variants: readonly Variant[],
  url: string,
  shopName: string,
): Record<string, unknown> {
  const common = {
    priceCurrency: CURRENCY,
    itemCondition: 'https://schema.org/NewCondition',
    seller: { '@type': 'Organization', name: shopName },
  };
  if (variants.length === 0) {
    return {
      '@type': 'Offer',
      url,
      price: centsToDecimalString(product.price_cents),
      availability: availability(product.stock_quantity),
      ...common,
    };
  }
  const prices = variants.map((variant) => variant.price_cents);
  return {
    '@type': 'AggregateOffer',
    url,
    lowPrice: centsToDecimalString(Math.min(...prices)),
    highPrice: centsToDecimalString(Math.max(...prices)),
    offerCount: variants.length,
    availability: availability(product.stock_quantity),
    ...common,
    offers: variants.map((variant) => ({
      '@type': 'Offer',
      name: variant.title,
      sku: variant.sku,
      url,
      price: centsToDecimalString(variant.price_cents),
      availability: availability(variant.stock_quantity),
      ...common,
    })),
  };
}

/** The Product of a product page; `variants` are the product's, if it has any. */
export function productJsonLd(
  product: Product,
  url: string,
  origin: string,
  shopName: string,
  reviews?: ReviewsForJsonLd,
  variants: readonly Variant[] = [],
): Record<string, unknown> {
  const images = [product.image_url, ...product.images]
    .filter((image): image is string => typeof image === 'string' && image !== '')
    .map((image) => new URL(image, origin).toString());
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: product.name,
    description: product.description ?? undefined,
    sku: product.sku,
    image: [...new Set(images)],
    category: product.category?.name,
    url,
    brand: { '@type': 'Brand', name: shopName },
    offers: offersJsonLd(product, variants, url, shopName),
    ...(reviews ? reviewsJsonLd(reviews) : {}),
  };
}

/** JSON for a <script> tag: `<` escaped so product text can never close the tag. */
export function serializeJsonLd(data: Record<string, unknown>): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

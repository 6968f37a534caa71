// schema.org Product structured data for a product page.
import type { Product } from '@/features/catalog/types';
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

export function productJsonLd(
  product: Product,
  url: string,
  origin: string,
  shopName: string,
  reviews?: ReviewsForJsonLd,
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
    offers: {
      '@type': 'Offer',
      url,
      priceCurrency: CURRENCY,
      price: centsToDecimalString(product.price_cents),
      availability:
        product.stock_quantity > 0 ? 'https://schema.org/InStock' : 'https://schema.org/OutOfStock',
      itemCondition: 'https://schema.org/NewCondition',
      seller: { '@type': 'Organization', name: shopName },
    },
    ...(reviews ? reviewsJsonLd(reviews) : {}),
  };
}

/** JSON for a <script> tag: `<` escaped so product text can never close the tag. */
export function serializeJsonLd(data: Record<string, unknown>): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

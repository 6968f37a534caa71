// schema.org Product structured data for a product page.
import type { Product } from '@/features/catalog/types';
import { CURRENCY, centsToDecimalString } from '@/lib/money';

export function productJsonLd(
  product: Product,
  url: string,
  origin: string,
  shopName: string,
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
  };
}

/** JSON for a <script> tag: `<` escaped so product text can never close the tag. */
export function serializeJsonLd(data: Record<string, unknown>): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

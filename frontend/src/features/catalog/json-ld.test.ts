import { describe, expect, test } from 'vitest';
import { productJsonLd, serializeJsonLd } from '@/features/catalog/json-ld';
import { testProduct, testVariant } from '@/features/catalog/test-product';
import { testRating, testReview } from '@/features/reviews/test-review';

describe('serializeJsonLd', () => {
  test('a name holding markup cannot close the script tag, and reads back unchanged', () => {
    const name = '</script><script>alert(1)</script> "><img src=x onerror=alert(1)> <!--';
    const text = serializeJsonLd({ '@type': 'Product', name });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ '@type': 'Product', name });
  });
});

describe('productJsonLd reviews', () => {
  const product = testProduct();
  const url = 'https://shop.test/products/desk-lamp';

  test('carry the aggregate rating and the first reviews', () => {
    const data = productJsonLd(product, url, 'https://shop.test', 'Shop', {
      rating: testRating(),
      reviews: [testReview({ body: '<b>not bold</b>' })],
    });
    expect(data.aggregateRating).toEqual({
      '@type': 'AggregateRating',
      ratingValue: 4.33,
      reviewCount: 3,
      bestRating: 5,
      worstRating: 1,
    });
    expect(data.review).toEqual([
      {
        '@type': 'Review',
        author: { '@type': 'Person', name: 'Ada L.' },
        datePublished: '2026-12-01',
        name: 'Sturdy and bright',
        reviewBody: '<b>not bold</b>',
        reviewRating: { '@type': 'Rating', ratingValue: 4, bestRating: 5, worstRating: 1 },
      },
    ]);
    expect(serializeJsonLd(data)).not.toContain('<b>');
  });

  test('leave both out while the product has no visible reviews', () => {
    const data = productJsonLd(product, url, 'https://shop.test', 'Shop', {
      rating: testRating({
        average: null,
        count: 0,
        distribution: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 },
      }),
      reviews: [],
    });
    expect(data).not.toHaveProperty('aggregateRating');
    expect(data).not.toHaveProperty('review');
  });
});

describe('productJsonLd offers', () => {
  const url = 'https://shop.test/products/tee';

  test('a plain product has one offer at its price', () => {
    const data = productJsonLd(testProduct(), url, 'https://shop.test', 'Shop');
    expect(data.offers).toMatchObject({
      '@type': 'Offer',
      price: '25.00',
      availability: 'https://schema.org/InStock',
    });
  });

  test('a product with variants has an aggregate offer from the lowest to the highest price', () => {
    const product = testProduct({ has_variants: true, stock_quantity: 3 });
    const data = productJsonLd(product, url, 'https://shop.test', 'Shop', undefined, [
      testVariant(1, ['S'], 3, { price: 18 }),
      testVariant(2, ['M'], 0, { price: 22.5 }),
    ]);
    expect(data.offers).toMatchObject({
      '@type': 'AggregateOffer',
      lowPrice: '18.00',
      highPrice: '22.50',
      offerCount: 2,
      priceCurrency: 'USD',
      offers: [
        {
          '@type': 'Offer',
          name: 'S',
          sku: 'TEE-S',
          price: '18.00',
          availability: 'https://schema.org/InStock',
        },
        { name: 'M', price: '22.50', availability: 'https://schema.org/OutOfStock' },
      ],
    });
  });
});

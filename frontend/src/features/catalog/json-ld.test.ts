import { describe, expect, test } from 'vitest';
import { productJsonLd, serializeJsonLd } from '@/features/catalog/json-ld';
import { testProduct } from '@/features/catalog/test-product';
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

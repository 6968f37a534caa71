// Wishlist answers as the API sends them (money as decimals), for the tests.
import type { User } from '@/features/account/types';

export const customer: User = {
  id: 7,
  email: 'ada@example.com',
  full_name: 'Ada',
  role: 'customer',
  is_active: true,
  is_verified: true,
  created_at: '2026-11-25T10:00:00Z',
  updated_at: '2026-11-25T10:00:00Z',
};

export function wireWishlistItem(productId: number, changes: Record<string, unknown> = {}) {
  return {
    product_id: productId,
    created_at: '2026-12-01T09:00:00Z',
    product: {
      id: productId,
      name: `Product ${productId}`,
      slug: `product-${productId}`,
      price: 12.99,
      compare_at_price: null,
      image_url: null,
      stock_quantity: 3,
      is_active: true,
      ...changes,
    },
  };
}

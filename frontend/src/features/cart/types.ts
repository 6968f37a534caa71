/** What a cart line shows of its product (the API's CartItem.product). */
export interface CartProduct {
  id: number;
  name: string;
  slug: string;
  price: number;
  image_url: string | null;
  stock_quantity: number;
}

export interface CartItem {
  /** The cart item id on the server; for a guest cart, the product id. */
  id: number;
  product_id: number;
  quantity: number;
  line_total: number;
  product: CartProduct;
  created_at?: string;
}

export interface Cart {
  items: CartItem[];
  total_items: number;
  subtotal: number;
}

/** A line the server changed while merging a guest cart: capped at the stock, or skipped. */
export interface CartAdjustment {
  product_id: number;
  kind: 'capped' | 'skipped';
  requested: number | null;
  quantity: number | null;
  reason: string | null;
}

export interface MergeResult {
  cart: Cart;
  adjustments: CartAdjustment[];
}

export interface GuestCartLine {
  product_id: number;
  quantity: number;
  product: CartProduct;
}

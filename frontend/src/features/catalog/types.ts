export interface CategoryRef {
  id: number;
  name: string;
  slug: string;
}

export interface Category extends CategoryRef {
  description: string | null;
  image_url: string | null;
  product_count: number;
  created_at: string;
}

export interface Product {
  id: number;
  name: string;
  slug: string;
  description: string | null;
  price: number;
  compare_at_price: number | null;
  stock_quantity: number;
  sku: string;
  image_url: string | null;
  images: string[];
  is_active: boolean;
  is_featured: boolean;
  category_id: number | null;
  category: CategoryRef | null;
  created_at: string;
  updated_at: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  size: number;
  pages: number;
}

export type ProductSort =
  | 'newest'
  | 'price_asc'
  | 'price_desc'
  | 'name_asc'
  | 'name_desc'
  | 'relevance';

/** The product-list filters, exactly as they appear in the page URL and the API query. */
export interface ProductFilters {
  search?: string;
  category?: string;
  min_price?: string;
  max_price?: string;
  in_stock?: boolean;
  sort?: ProductSort;
  page?: number;
}

-- Indexes for the catalog listing at 100 000 products: every sort within a category reads its
-- page straight from an index, and the back office's list of all products (inactive included)
-- does too. The id in each key breaks ties, so pages stay stable.

DROP INDEX products_category_idx;
CREATE INDEX products_category_newest_idx ON products (category_id, created_at DESC, id DESC) WHERE is_active;
CREATE INDEX products_category_price_idx ON products (category_id, price, id) WHERE is_active;
CREATE INDEX products_category_name_idx ON products (category_id, name, id) WHERE is_active;
CREATE INDEX products_all_newest_idx ON products (created_at DESC, id DESC);

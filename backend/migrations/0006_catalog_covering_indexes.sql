-- The filtered listing (a category, a price band, any sort) reads its page from the category
-- indexes: each carries the price the band tests, so a row the band drops is never visited.
-- Stock is left out on purpose: an index covering products.stock_quantity would turn every
-- checkout's stock update into a non-HOT update (see 0008), and the listing's total, the one
-- reader of many rows, is counted once and cached.

DROP INDEX products_category_newest_idx;
CREATE INDEX products_category_newest_idx ON products (category_id, created_at DESC, id DESC)
    INCLUDE (price) WHERE is_active;
DROP INDEX products_category_name_idx;
CREATE INDEX products_category_name_idx ON products (category_id, name, id)
    INCLUDE (price) WHERE is_active;

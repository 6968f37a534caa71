-- The filtered listing (a category, a price band, in stock, any sort) reads its page and its count
-- from the category indexes alone: each carries the columns the filters test, so neither the page
-- nor the count visits a row that the filters drop, nor the table for a row they keep.

DROP INDEX products_category_newest_idx;
CREATE INDEX products_category_newest_idx ON products (category_id, created_at DESC, id DESC)
    INCLUDE (price, stock_quantity) WHERE is_active;
DROP INDEX products_category_price_idx;
CREATE INDEX products_category_price_idx ON products (category_id, price, id)
    INCLUDE (stock_quantity) WHERE is_active;
DROP INDEX products_category_name_idx;
CREATE INDEX products_category_name_idx ON products (category_id, name, id)
    INCLUDE (price, stock_quantity) WHERE is_active;

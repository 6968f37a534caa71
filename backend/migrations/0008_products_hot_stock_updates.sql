-- Every checkout and every cancellation changes products.stock_quantity. While an index covers
-- that column, each such change is a non-HOT update: a new row version elsewhere and a new entry
-- in every one of the products' indexes, the two GIN (full-text and trigram) among them. Without
-- it, and with room left in each page for the new version, the change stays in its page (HOT)
-- and touches no index. Its one reader, the dashboard's low-stock count, scans products anyway.
DROP INDEX products_low_stock_idx;
ALTER TABLE products SET (fillfactor = 90);

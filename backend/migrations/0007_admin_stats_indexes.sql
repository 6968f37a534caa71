-- The dashboard's aggregates over many rows read indexes only. The best sellers stream the order
-- items in product order with their quantity and price; the window's revenue by day reads status
-- and total from the index of orders by date (whose key still serves the order lists). Each index
-- replaces the one it extends, so a checkout writes no more index entries than before.
DROP INDEX order_items_product_idx;
CREATE INDEX order_items_product_sales_idx ON order_items (product_id) INCLUDE (order_id, quantity, price);

DROP INDEX orders_created_at_idx;
CREATE INDEX orders_created_at_idx ON orders (created_at DESC, id DESC) INCLUDE (status, total_amount);

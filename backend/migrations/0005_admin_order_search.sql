-- The back office finds orders by any part of the order number or customer email (ILIKE
-- '%...%'); trigram indexes answer that without reading every order.
CREATE INDEX orders_search_trgm_idx ON orders USING gin (order_number gin_trgm_ops, customer_email gin_trgm_ops);

-- mode: prepared
-- POST /api/orders: orders/orders_service.cpp Checkout, one transaction: claim the idempotency
-- key; take the cart (lock its lines and products in product order, take the stock of every
-- line, empty the cart) in one statement; insert the order with the next order number and its
-- items in one statement; then the confirmation email, the response kept for the key and the
-- COMMIT in one round trip (a pipeline). pgbench cannot use up prepared carts, so each
-- transaction first puts two lines in a buyer's cart (two small inserts more than the endpoint does).
\set user random(:first_buyer, :last_buyer)
\set a random(:first_product, :last_product)
\set b random(:first_product, :last_product)
\set p1 least(:a, :b)
\set p2 greatest(:a, :b) + (case when :a = :b then 1 else 0 end)
BEGIN;
INSERT INTO cart_items (user_id, product_id, quantity) VALUES (:user, :p1, 1) ON CONFLICT DO NOTHING;
INSERT INTO cart_items (user_id, product_id, quantity) VALUES (:user, :p2, 1) ON CONFLICT DO NOTHING;
INSERT INTO idempotency_keys (user_id, key, request_hash)
VALUES (:user, 'pgbench-' || :client_id || '-' || :a || '-' || :b, '\x00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff'::bytea)
ON CONFLICT (user_id, key) DO UPDATE SET request_hash = EXCLUDED.request_hash, order_id = NULL,
  response_status = NULL, response_body = NULL, created_at = now()
WHERE idempotency_keys.created_at < now() - interval '24 hours'
RETURNING user_id;
WITH lines AS MATERIALIZED (
  SELECT c.product_id, c.quantity, p.name FROM cart_items c JOIN products p ON p.id = c.product_id
  WHERE c.user_id = :user AND p.is_active ORDER BY c.product_id FOR UPDATE OF c FOR NO KEY UPDATE OF p
), taken AS (
  UPDATE products p SET stock_quantity = p.stock_quantity - l.quantity FROM lines l
  WHERE p.id = l.product_id AND p.stock_quantity >= l.quantity
  RETURNING p.id, p.sku, p.price, p.stock_quantity
), emptied AS (
  DELETE FROM cart_items WHERE user_id = :user
)
SELECT l.product_id, l.quantity, l.name AS product_name, t.sku AS product_sku, t.price, t.stock_quantity
FROM lines l LEFT JOIN taken t ON t.id = l.product_id ORDER BY l.product_id;
WITH number AS (
  UPDATE order_number_counter SET last_value = last_value + 1 RETURNING 'ORD-' || last_value AS order_number
), placed AS (
  INSERT INTO orders (order_number, user_id, subtotal, total_amount, customer_name, customer_email,
    customer_phone, shipping_address, shipping_city, shipping_state, shipping_postal_code, shipping_country, notes)
  SELECT order_number, :user, 100.00, 100.00, 'Bench Buyer', 'buyer@bench.example', '+1 555 0100',
    '1 Bench Street', 'Springfield', 'IL', '62701', 'US', NULL FROM number LIMIT 1
  RETURNING id, order_number, user_id, status, subtotal, total_amount, customer_name, customer_email, customer_phone,
            shipping_address, shipping_city, shipping_state, shipping_postal_code, shipping_country, notes,
            created_at, updated_at
), items AS (
  INSERT INTO order_items (order_id, product_id, product_name, product_sku, quantity, price)
  SELECT (SELECT id FROM placed), x.product_id, x.product_name, x.product_sku, x.quantity, x.price
  FROM ROWS FROM (jsonb_to_recordset(('[{"product_id": ' || :p1 || ', "product_name": "Bench product", "product_sku": "BENCH-A", "quantity": 1, "price": "50.00"},'
                                     ' {"product_id": ' || :p2 || ', "product_name": "Bench product", "product_sku": "BENCH-B", "quantity": 1, "price": "50.00"}]')::jsonb)
    AS (product_id bigint, product_name text, product_sku text, quantity integer, price numeric))
    WITH ORDINALITY AS x(product_id, product_name, product_sku, quantity, price, n)
  ORDER BY x.n RETURNING id
)
SELECT placed.*, items.id AS item_id FROM (SELECT * FROM placed LIMIT 1) AS placed, items ORDER BY items.id \aset order_
\startpipeline
INSERT INTO email_outbox (kind, to_address, subject, text_body, html_body)
VALUES ('order_confirmation', 'buyer@bench.example', 'Order confirmed', repeat('Thank you for your order. ', 40),
        repeat('<p>Thank you for your order.</p>', 80));
UPDATE idempotency_keys SET order_id = :order_id, response_status = 201, response_body = repeat('{"order": 1}', 120)
WHERE user_id = :user AND key = 'pgbench-' || :client_id || '-' || :a || '-' || :b;
COMMIT;
\endpipeline

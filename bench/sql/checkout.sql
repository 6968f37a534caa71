-- mode: prepared
-- POST /api/orders: orders/orders_service.cpp Checkout, one transaction: claim the idempotency
-- key, lock the cart lines, take the stock line by line in product order, take the next order
-- number, insert the order and its items, empty the cart, enqueue the confirmation email, keep
-- the response for the key. pgbench cannot use up prepared carts, so each transaction first puts
-- two lines in a buyer's cart (two small inserts more than the endpoint does).
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
ON CONFLICT (user_id, key) DO NOTHING RETURNING user_id;
SELECT c.product_id, c.quantity, p.name FROM cart_items c JOIN products p ON p.id = c.product_id
WHERE c.user_id = :user AND p.is_active ORDER BY c.product_id FOR UPDATE OF c;
UPDATE products SET stock_quantity = stock_quantity - 1 WHERE id = :p1 AND is_active AND stock_quantity >= 1
RETURNING id AS product_id, name AS product_name, sku AS product_sku, price;
UPDATE products SET stock_quantity = stock_quantity - 1 WHERE id = :p2 AND is_active AND stock_quantity >= 1
RETURNING id AS product_id, name AS product_name, sku AS product_sku, price;
UPDATE order_number_counter SET last_value = last_value + 1 RETURNING last_value \gset
INSERT INTO orders (order_number, user_id, subtotal, total_amount, customer_name, customer_email, customer_phone,
                    shipping_address, shipping_city, shipping_state, shipping_postal_code, shipping_country, notes)
VALUES ('ORD-' || :last_value, :user, 100.00, 100.00, 'Bench Buyer', 'buyer@bench.example', '+1 555 0100',
        '1 Bench Street', 'Springfield', 'IL', '62701', 'US', NULL)
RETURNING id, order_number, user_id, status, subtotal, total_amount, customer_name, customer_email, customer_phone,
          shipping_address, shipping_city, shipping_state, shipping_postal_code, shipping_country, notes,
          created_at, updated_at \gset order_
INSERT INTO order_items (order_id, product_id, product_name, product_sku, quantity, price)
SELECT :order_id, x.product_id, x.product_name, x.product_sku, x.quantity, x.price
FROM jsonb_to_recordset(('[{"product_id": ' || :p1 || ', "product_name": "Bench product", "product_sku": "BENCH-A", "quantity": 1, "price": "50.00"},'
                         ' {"product_id": ' || :p2 || ', "product_name": "Bench product", "product_sku": "BENCH-B", "quantity": 1, "price": "50.00"}]')::jsonb)
     AS x(product_id bigint, product_name text, product_sku text, quantity integer, price numeric)
RETURNING id, product_id, product_name, product_sku, quantity, price;
DELETE FROM cart_items WHERE user_id = :user;
INSERT INTO email_outbox (kind, to_address, subject, text_body, html_body)
VALUES ('order_confirmation', 'buyer@bench.example', 'Order confirmed', repeat('Thank you for your order. ', 40),
        repeat('<p>Thank you for your order.</p>', 80));
UPDATE idempotency_keys SET order_id = :order_id, response_status = 201, response_body = repeat('{"order": 1}', 120)
WHERE user_id = :user AND key = 'pgbench-' || :client_id || '-' || :a || '-' || :b;
COMMIT;

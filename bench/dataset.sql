-- The bench's shop at scale, generated inside PostgreSQL in seconds (INSERT ... SELECT over
-- generate_series). Run on a freshly migrated database with psql and these variables:
--   categories, products, users, orders   the size of the shop (100, 100000, 10000, 50000)
--   buyers                                extra customers, each with a cart ready for checkout
--   hash                                  one real bcrypt hash, every bench user's password
-- Users are user<n>@bench.example (customers with up to 3 cart lines and the orders),
-- buyer<n>@bench.example (2 cart lines each, consumed by the checkout scenario) and
-- admin@bench.example; all verified. Product slugs are product-<n>, skus BENCH-<n>.
-- Run it as a superuser: it loads with foreign-key triggers off (session_replication_role) and
-- the secondary indexes dropped, then builds them again from their own definitions, which is
-- many times faster than maintaining them row by row.
\set ON_ERROR_STOP on
\set QUIET on
SET maintenance_work_mem = '256MB';
SELECT setseed(0.42) \g /dev/null

BEGIN;
SET LOCAL session_replication_role = replica;

CREATE TEMP TABLE saved_indexes ON COMMIT DROP AS
SELECT i.indexname, i.indexdef
FROM pg_indexes AS i
WHERE i.schemaname = 'public'
  AND i.tablename IN ('products', 'users', 'cart_items', 'orders', 'order_items')
  AND NOT EXISTS (SELECT 1 FROM pg_constraint AS c WHERE c.conname = i.indexname);
DO $$
DECLARE saved record;
BEGIN
  FOR saved IN SELECT indexname FROM saved_indexes LOOP
    EXECUTE format('DROP INDEX public.%I', saved.indexname);
  END LOOP;
END $$;

CREATE TEMP TABLE words ON COMMIT DROP AS SELECT
  ARRAY['classic', 'compact', 'deluxe', 'eco', 'elegant', 'ergonomic', 'essential', 'heavy', 'light',
        'modern', 'portable', 'premium', 'pro', 'rugged', 'slim', 'smart', 'soft', 'sturdy', 'vintage',
        'wireless'] AS adjectives,
  ARRAY['aluminium', 'bamboo', 'canvas', 'ceramic', 'cotton', 'glass', 'leather', 'linen', 'marble',
        'oak', 'plastic', 'rubber', 'silk', 'steel', 'wool'] AS materials,
  ARRAY['backpack', 'blanket', 'boots', 'bottle', 'bowl', 'camera', 'chair', 'charger', 'clock',
        'desk', 'gloves', 'headphones', 'helmet', 'jacket', 'kettle', 'keyboard', 'knife', 'lamp',
        'laptop', 'mat', 'monitor', 'mouse', 'mug', 'notebook', 'pan', 'pillow', 'printer', 'scarf',
        'shirt', 'shoes', 'socks', 'speaker', 'sunglasses', 'table', 'tent', 'towel', 'umbrella',
        'wallet', 'watch', 'gift box'] AS nouns,
  ARRAY['for everyday use', 'built to last', 'easy to clean', 'made by hand', 'for travel',
        'with a two-year warranty', 'for the office', 'for the outdoors', 'a perfect gift',
        'with free returns'] AS phrases;

INSERT INTO categories (name, slug, description, image_url, created_at, updated_at)
SELECT 'Category ' || n, 'category-' || n, 'Products of bench category ' || n,
       '/uploads/bench/category-' || n || '.jpg', now() - interval '400 days', now() - interval '400 days'
FROM generate_series(1, :categories) AS n
ORDER BY n;

INSERT INTO products (name, slug, description, price, compare_at_price, cost_per_item, stock_quantity, sku,
                      image_url, images, is_active, is_featured, category_id, created_at, updated_at)
SELECT initcap(adjective || ' ' || material || ' ' || noun) || ' ' || n,
       'product-' || n,
       'A ' || adjective || ' ' || noun || ' of ' || material || ', ' || phrase || '. Model ' || n || '.',
       price,
       CASE WHEN r2 < 0.3 THEN round(price * 1.25, 2) END,
       round(price * 0.6, 2),
       CASE WHEN r3 < 0.02 THEN floor(r3 * 300)::int ELSE 200 + floor(r3 * 800)::int END,
       'BENCH-' || n,
       '/uploads/bench/product-' || n || '.jpg',
       ARRAY['/uploads/bench/product-' || n || '-1.jpg', '/uploads/bench/product-' || n || '-2.jpg'],
       r4 >= 0.03,
       r4 BETWEEN 0.5 AND 0.55,
       category_ids[1 + n % array_length(category_ids, 1)],
       created_at, created_at
FROM (
  SELECT n,
         adjectives[1 + floor(random() * array_length(adjectives, 1))::int] AS adjective,
         materials[1 + floor(random() * array_length(materials, 1))::int] AS material,
         nouns[1 + floor(random() * array_length(nouns, 1))::int] AS noun,
         phrases[1 + floor(random() * array_length(phrases, 1))::int] AS phrase,
         round((2 + random() * 498)::numeric, 2) AS price,
         random() AS r2, random() AS r3, random() AS r4,
         now() - random() * interval '365 days' AS created_at
  FROM generate_series(1, :products) AS n CROSS JOIN words
) AS p
CROSS JOIN (SELECT array_agg(id ORDER BY id) AS category_ids FROM categories) AS c
ORDER BY n;

INSERT INTO users (email, hashed_password, full_name, role, is_active, is_verified, created_at, updated_at)
VALUES ('admin@bench.example', :'hash', 'Bench Admin', 'admin', true, true, now() - interval '400 days',
        now() - interval '400 days');

INSERT INTO users (email, hashed_password, full_name, role, is_active, is_verified, created_at, updated_at)
SELECT 'user' || n || '@bench.example', :'hash', 'Bench User ' || n, 'customer', true, true, t, t
FROM (SELECT n, now() - random() * interval '365 days' AS t FROM generate_series(1, :users) AS n) AS u
ORDER BY n;

INSERT INTO users (email, hashed_password, full_name, role, is_active, is_verified)
SELECT 'buyer' || n || '@bench.example', :'hash', 'Bench Buyer ' || n, 'customer', true, true
FROM generate_series(1, :buyers) AS n
ORDER BY n;

-- Products that carts and orders draw from: active, with stock to spare.
CREATE TEMP TABLE stocked ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY id) AS k, id, name, sku, price
FROM products WHERE is_active AND stock_quantity >= 200;
CREATE UNIQUE INDEX ON stocked (k);
ANALYZE stocked;

INSERT INTO cart_items (user_id, product_id, quantity)
SELECT pick.user_id, s.id, pick.quantity
FROM (
  SELECT u.id AS user_id, 1 + floor(random() * (SELECT count(*) FROM stocked))::int AS k,
         1 + floor(random() * 3)::int AS quantity
  FROM users AS u CROSS JOIN generate_series(1, 3) AS line
  WHERE u.email LIKE 'user%@bench.example'
) AS pick
JOIN stocked AS s ON s.k = pick.k
ON CONFLICT (user_id, product_id) DO NOTHING;

INSERT INTO cart_items (user_id, product_id, quantity)
SELECT pick.user_id, s.id, 1
FROM (
  SELECT u.id AS user_id, 1 + floor(random() * (SELECT count(*) FROM stocked))::int AS k
  FROM users AS u CROSS JOIN generate_series(1, 2) AS line
  WHERE u.email LIKE 'buyer%@bench.example'
) AS pick
JOIN stocked AS s ON s.k = pick.k
ON CONFLICT (user_id, product_id) DO NOTHING;

-- Orders over the last 90 days, numbered in time order, with 1 to 4 lines each; the newest few
-- hundred still pending or processing.
CREATE TEMP TABLE plan ON COMMIT DROP AS
SELECT n, u.id AS user_id, u.email, u.full_name,
       now() - (:orders - n) * (interval '90 days' / :orders) AS created_at,
       CASE WHEN n > :orders - 300 THEN (ARRAY['pending', 'processing'])[1 + floor(r * 2)::int]
            WHEN r < 0.05 THEN 'cancelled' WHEN r < 0.15 THEN 'pending' WHEN r < 0.30 THEN 'processing'
            WHEN r < 0.55 THEN 'shipped' ELSE 'delivered' END AS status
FROM (SELECT n, random() AS r, 1 + floor(random() * :users)::int AS k FROM generate_series(1, :orders) AS n) AS pick
JOIN users AS u ON u.email = 'user' || pick.k || '@bench.example';

CREATE TEMP TABLE plan_items ON COMMIT DROP AS
SELECT pick.n, s.id AS product_id, s.name, s.sku, s.price, pick.quantity
FROM (
  SELECT p.n, 1 + floor(random() * (SELECT count(*) FROM stocked))::int AS k,
         1 + floor(random() * 3)::int AS quantity
  FROM plan AS p CROSS JOIN LATERAL generate_series(1, 1 + (p.n * 7) % 4) AS line
) AS pick
JOIN stocked AS s ON s.k = pick.k;

INSERT INTO orders (order_number, user_id, status, subtotal, total_amount, customer_name, customer_email,
                    customer_phone, shipping_address, shipping_city, shipping_state, shipping_postal_code,
                    shipping_country, created_at, updated_at)
SELECT 'ORD-' || (100000 + p.n), p.user_id, p.status, t.subtotal, t.subtotal, p.full_name, p.email,
       '+1 555 0100', p.n || ' Bench Street', 'Springfield', 'IL', '62701', 'US', p.created_at, p.created_at
FROM plan AS p
JOIN (SELECT n, sum(price * quantity) AS subtotal FROM plan_items GROUP BY n) AS t ON t.n = p.n
ORDER BY p.n;

INSERT INTO order_items (order_id, product_id, product_name, product_sku, quantity, price)
SELECT o.id, i.product_id, i.name, i.sku, i.quantity, i.price
FROM plan_items AS i
JOIN orders AS o ON o.order_number = 'ORD-' || (100000 + i.n)
ORDER BY o.id;

UPDATE order_number_counter SET last_value = 100000 + :orders;

DO $$
DECLARE saved record;
BEGIN
  FOR saved IN SELECT indexdef FROM saved_indexes LOOP
    EXECUTE saved.indexdef;
  END LOOP;
END $$;

COMMIT;

VACUUM ANALYZE categories, products, users, cart_items, orders, order_items;

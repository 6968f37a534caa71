-- mode: prepared
-- GET /api/admin/stats?days=: admin/admin_store.cpp kStats, the whole dashboard in one
-- statement ($2 low-stock threshold 5, $3 top products 5, $4 recent orders 5).
\set pick random(1, 5)
\set days (case when :pick = 1 then 7 when :pick = 5 then 90 else 30 end)
WITH order_totals AS (
    SELECT status, count(*) AS order_count, sum(total_amount) AS revenue FROM orders GROUP BY status
), window_days AS (
    SELECT current_date - (:days::int - 1) + n AS day FROM generate_series(0, :days::int - 1) AS n
), daily AS (
    SELECT created_at::date AS day, count(*) AS order_count, sum(total_amount) AS revenue
    FROM orders
    WHERE status <> 'cancelled' AND created_at >= (current_date - (:days::int - 1))::timestamptz
    GROUP BY 1
), best AS (
    -- Items of cancelled orders are filtered out against the few cancelled ids (a hashed
    -- subplan), which keeps the index's product order for a streaming aggregate.
    SELECT product_id, sum(quantity) AS quantity_sold, sum(price * quantity) AS revenue
    FROM order_items
    WHERE order_id NOT IN (SELECT id FROM orders WHERE status = 'cancelled')
    GROUP BY product_id
    ORDER BY quantity_sold DESC, revenue DESC, product_id
    LIMIT 5::bigint
), stats AS (
    SELECT (SELECT count(*) FROM users) AS total_users,
           (SELECT count(*) FROM products) AS total_products,
           (SELECT count(*) FROM products WHERE is_active) AS active_products,
           (SELECT count(*) FROM products WHERE is_active AND NOT has_variants AND stock_quantity <= 5::int)
             + (SELECT count(*) FROM product_variants v JOIN products p ON p.id = v.product_id
                WHERE p.is_active AND p.has_variants AND v.stock_quantity <= 5::int) AS low_stock_products,
           (SELECT coalesce(sum(order_count), 0) FROM order_totals) AS total_orders,
           (SELECT coalesce(sum(revenue), 0) FROM order_totals WHERE status <> 'cancelled')::text AS total_revenue,
           (SELECT coalesce(sum(order_count), 0) FROM order_totals WHERE status = 'pending') AS pending_orders,
           (SELECT coalesce(json_object_agg(status, order_count), '{}') FROM order_totals) AS orders_by_status,
           (SELECT json_agg(json_build_object('date', to_char(d.day, 'YYYY-MM-DD'),
                                              'orders', coalesce(y.order_count, 0),
                                              'revenue', coalesce(y.revenue, 0)::text) ORDER BY d.day)
              FROM window_days d LEFT JOIN daily y USING (day)) AS revenue_by_day,
           (SELECT coalesce(json_agg(json_build_object('product_id', b.product_id, 'name', p.name,
                                                       'quantity_sold', b.quantity_sold,
                                                       'revenue', b.revenue::text)
                                     ORDER BY b.quantity_sold DESC, b.revenue DESC, b.product_id), '[]')
              FROM best b JOIN products p ON p.id = b.product_id) AS top_products
)
SELECT s.*, r.*
FROM stats s
LEFT JOIN LATERAL (SELECT id, order_number, user_id, status, subtotal, discount_code_id, discount_code,
                          discount_amount, total_amount, customer_name, customer_email, customer_phone, shipping_address, shipping_city, shipping_state, shipping_postal_code,
                          shipping_country, notes, created_at, updated_at
                   FROM orders ORDER BY created_at DESC, id DESC LIMIT 5::bigint) r ON true
ORDER BY r.created_at DESC, r.id DESC;

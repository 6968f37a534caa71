-- mode: extended
-- GET /api/products?page=&sort=newest: catalog/catalog_store.cpp ListProducts (ExecDynamic, so
-- planned on every call: extended mode). The page's ids over narrow rows, those rows in full, then
-- the count.
\set offset (random(1, 50) - 1) * 20
SELECT p.id, p.name, p.slug, p.description, p.price, p.compare_at_price, p.cost_per_item, p.stock_quantity, p.sku,
       p.image_url, array_to_json(p.images) AS images_json, p.is_active, p.is_featured, p.category_id,
       c.name AS category_name, c.slug AS category_slug, p.created_at, p.updated_at
FROM (SELECT p.id FROM products p WHERE p.is_active ORDER BY p.created_at DESC, p.id DESC LIMIT 20 OFFSET :offset) r
JOIN products p ON p.id = r.id LEFT JOIN categories c ON c.id = p.category_id
ORDER BY p.created_at DESC, p.id DESC;
SELECT count(*) AS count FROM products p WHERE p.is_active;

-- mode: extended
-- GET /api/products?category=&min_price=&max_price=&in_stock=true&sort=price_asc:
-- catalog/catalog_store.cpp ListProducts with its filters (page ids, the rows, the count).
\set category random(1, :categories)
\set band random(0, 3)
\set min_price (case when :band = 0 then 0 when :band = 1 then 50 when :band = 2 then 100 else 200 end)
\set max_price (case when :band = 0 then 50 when :band = 1 then 100 when :band = 2 then 200 else 500 end)
SELECT 'category-' || :category AS category_slug \gset
SELECT p.id, p.name, p.slug, p.description, p.price, p.compare_at_price, p.cost_per_item, p.stock_quantity, p.sku,
       p.image_url, array_to_json(p.images) AS images_json, p.is_active, p.is_featured, p.category_id,
       c.name AS category_name, c.slug AS category_slug, p.created_at, p.updated_at
FROM (SELECT p.id FROM products p
      WHERE p.is_active AND p.category_id = (SELECT id FROM categories WHERE slug = :category_slug)
        AND p.price >= :min_price::numeric AND p.price <= :max_price::numeric AND p.stock_quantity > 0
      ORDER BY p.price ASC, p.id ASC LIMIT 20 OFFSET 0) r
JOIN products p ON p.id = r.id LEFT JOIN categories c ON c.id = p.category_id
ORDER BY p.price ASC, p.id ASC;
SELECT count(*) AS count FROM products p
WHERE p.is_active AND p.category_id = (SELECT id FROM categories WHERE slug = :category_slug)
  AND p.price >= :min_price::numeric AND p.price <= :max_price::numeric AND p.stock_quantity > 0;

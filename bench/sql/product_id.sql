-- mode: prepared
-- GET /api/products/{id}: catalog/catalog_store.cpp kFindProduct.
\set id random(:first_product, :last_product)
SELECT p.id, p.name, p.slug, p.description, p.price, p.compare_at_price, p.cost_per_item, p.stock_quantity, p.sku,
       p.image_url, array_to_json(p.images) AS images_json, p.is_active, p.is_featured, p.category_id,
       c.name AS category_name, c.slug AS category_slug, p.created_at, p.updated_at
FROM products p LEFT JOIN categories c ON c.id = p.category_id
WHERE p.id = :id;

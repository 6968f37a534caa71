-- mode: extended
-- GET /api/products?search=<two words>: catalog/catalog_store.cpp ListProducts with a search
-- (full text OR'ed over the words, trigram match per word of 4+ letters, ranked; the
-- page's ids first, then those rows), then the count. The first statement only draws the two words (pgbench has no string variables).
\set w1 random(1, 56)
\set w2 random(1, 56)
SELECT words[:w1] AS word1, words[:w2] AS word2, words[:w1] || ' ' || words[:w2] AS search
FROM (SELECT ARRAY['classic', 'compact', 'deluxe', 'elegant', 'ergonomic', 'portable', 'premium', 'rugged',
  'vintage', 'wireless', 'bamboo', 'canvas', 'ceramic', 'cotton', 'leather', 'linen', 'marble', 'steel', 'wool',
  'backpack', 'blanket', 'boot', 'bottles', 'camera', 'chairs', 'charger', 'gloves', 'headphones', 'jacket',
  'kettle', 'keyboard', 'keybord', 'lamps', 'laptop', 'monitor', 'mouse', 'mugs', 'notebook', 'pillow',
  'printer', 'scarf', 'shirts', 'shoe', 'speaker', 'sunglases', 'table', 'tent', 'towels', 'umbrela', 'wallet',
  'watches', 'boxes', 'travel', 'office', 'outdoors', 'warranty'] AS words) AS w \gset
SELECT p.id, p.name, p.slug, p.description, p.price, p.compare_at_price, p.cost_per_item, p.stock_quantity, p.sku,
       p.image_url, array_to_json(p.images) AS images_json, p.is_active, p.is_featured, p.category_id,
       c.name AS category_name, c.slug AS category_slug, p.created_at, p.updated_at
FROM (SELECT p.id, ts_rank(p.search_vector, replace(plainto_tsquery('english', :search)::text, ' & ', ' | ')::tsquery) + word_similarity(lower(:search), lower(p.name))
             + CASE WHEN lower(p.sku) = lower(:search) THEN 10 ELSE 0 END AS rank
      FROM products p
      WHERE p.is_active AND (p.search_vector @@ replace(plainto_tsquery('english', :search)::text, ' & ', ' | ')::tsquery
                       OR lower(p.name) %> :word1 OR lower(p.name) %> :word2)
      ORDER BY rank DESC, p.id DESC LIMIT 20 OFFSET 0) r
JOIN products p ON p.id = r.id LEFT JOIN categories c ON c.id = p.category_id
ORDER BY r.rank DESC, p.id DESC;
SELECT count(*) AS count FROM products p
WHERE p.is_active AND (p.search_vector @@ replace(plainto_tsquery('english', :search)::text, ' & ', ' | ')::tsquery
                       OR lower(p.name) %> :word1 OR lower(p.name) %> :word2);

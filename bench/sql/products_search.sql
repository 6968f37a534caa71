-- mode: extended
-- GET /api/products?search=<two words>: catalog/catalog_store.cpp ListProducts with a search
-- (at most 100 candidates: the first matches of every word, then of any word only, in the full
-- text or by trigram per word of 4+ letters; those ranked, counted on the way, the page's rows read).
-- A page within the candidates needs no count of its own. The first statement only draws the two
-- words (pgbench has no string variables).
\set w1 random(1, 56)
\set w2 random(1, 56)
SELECT words[:w1] AS word1, words[:w2] AS word2, words[:w1] || ' ' || words[:w2] AS search
FROM (SELECT ARRAY['classic', 'compact', 'deluxe', 'elegant', 'ergonomic', 'portable', 'premium', 'rugged',
  'vintage', 'wireless', 'bamboo', 'canvas', 'ceramic', 'cotton', 'leather', 'linen', 'marble', 'steel', 'wool',
  'backpack', 'blanket', 'boot', 'bottles', 'camera', 'chairs', 'charger', 'gloves', 'headphones', 'jacket',
  'kettle', 'keyboard', 'keybord', 'lamps', 'laptop', 'monitor', 'mouse', 'mugs', 'notebook', 'pillow',
  'printer', 'scarf', 'shirts', 'shoe', 'speaker', 'sunglases', 'table', 'tent', 'towels', 'umbrela', 'wallet',
  'watches', 'boxes', 'travel', 'office', 'outdoors', 'warranty'] AS words) AS w \gset
WITH every_word AS MATERIALIZED (SELECT p.id FROM products p WHERE p.is_active AND p.search_vector @@ plainto_tsquery('english', :search)),
     any_word AS MATERIALIZED (SELECT p.id FROM products p WHERE p.is_active AND (p.search_vector @@ replace(plainto_tsquery('english', :search)::text, ' & ', ' | ')::tsquery
                                 OR lower(p.name) %> :word1 OR lower(p.name) %> :word2)
                                 AND NOT (p.search_vector @@ plainto_tsquery('english', :search))),
     candidates AS ((SELECT id FROM every_word LIMIT 100)
                    UNION ALL (SELECT id FROM any_word LIMIT 100 - (SELECT count(*) FROM (SELECT FROM every_word LIMIT 100) e)))
SELECT p.id, p.name, p.slug, p.description, p.price, p.compare_at_price, p.cost_per_item, p.stock_quantity, p.sku,
       p.image_url, array_to_json(p.images) AS images_json, p.is_active, p.is_featured, p.category_id,
       c.name AS category_name, c.slug AS category_slug, p.created_at, p.updated_at, r.total
FROM (SELECT p.id, ts_rank(p.search_vector, replace(plainto_tsquery('english', :search)::text, ' & ', ' | ')::tsquery) + word_similarity(lower(:search), lower(p.name))
             + CASE WHEN lower(p.sku) = lower(:search) THEN 10 ELSE 0 END AS rank, count(*) OVER () AS total
      FROM candidates JOIN products p ON p.id = candidates.id
      ORDER BY rank DESC, p.id DESC LIMIT 20 OFFSET 0) r
JOIN products p ON p.id = r.id LEFT JOIN categories c ON c.id = p.category_id
ORDER BY r.rank DESC, p.id DESC;

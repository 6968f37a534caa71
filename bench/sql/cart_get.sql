-- mode: prepared
-- GET /api/cart: cart/cart_store.cpp kLoadCart.
\set user random(:first_customer, :last_customer)
SELECT c.id, c.product_id, c.quantity, c.created_at, p.name, p.slug, p.price, p.image_url, p.stock_quantity
FROM cart_items c JOIN products p ON p.id = c.product_id
WHERE c.user_id = :user AND p.is_active ORDER BY c.created_at, c.id;

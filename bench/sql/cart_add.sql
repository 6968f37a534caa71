-- mode: prepared
-- POST /api/cart: cart/cart_service.cpp Add: kAddToCartLine, kLoadCart.
\set user random(:first_customer, :last_customer)
\set product random(:first_product, :last_product)
INSERT INTO cart_items (user_id, product_id, quantity)
SELECT :user, p.id, 1 FROM products p WHERE p.id = :product AND p.is_active AND p.stock_quantity >= 1
ON CONFLICT ON CONSTRAINT cart_items_user_product_key DO UPDATE
SET quantity = cart_items.quantity + EXCLUDED.quantity, updated_at = now()
WHERE cart_items.quantity::bigint + EXCLUDED.quantity <= (SELECT stock_quantity FROM products WHERE id = EXCLUDED.product_id)
RETURNING id;
SELECT c.id, c.product_id, c.quantity, c.created_at, p.name, p.slug, p.price, p.image_url, p.stock_quantity
FROM cart_items c JOIN products p ON p.id = c.product_id
WHERE c.user_id = :user AND p.is_active ORDER BY c.created_at, c.id;

-- mode: prepared
-- POST /api/cart: cart/cart_service.cpp Add: kFindActiveProduct, kAddToCartLine, kLoadCart.
\set user random(:first_customer, :last_customer)
\set product random(:first_product, :last_product)
SELECT id, name, stock_quantity FROM products WHERE id = :product AND is_active;
INSERT INTO cart_items (user_id, product_id, quantity) VALUES (:user, :product, 1)
ON CONFLICT ON CONSTRAINT cart_items_user_product_key DO UPDATE
SET quantity = cart_items.quantity + EXCLUDED.quantity, updated_at = now()
WHERE cart_items.quantity::bigint + EXCLUDED.quantity <= 1000
RETURNING id;
SELECT c.id, c.product_id, c.quantity, c.created_at, p.name, p.slug, p.price, p.image_url, p.stock_quantity
FROM cart_items c JOIN products p ON p.id = c.product_id
WHERE c.user_id = :user AND p.is_active ORDER BY c.created_at, c.id;

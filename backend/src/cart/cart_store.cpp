#include "cart/cart_store.hpp"

#include "discounts/discounts_store.hpp"

namespace shop::cart {
namespace {

constexpr db::Statement kLoadCart{
    "cart_load",
    "SELECT c.id, c.product_id, c.quantity, c.created_at, p.name, p.slug, p.price, p.image_url, p.stock_quantity "
    "FROM cart_items c JOIN products p ON p.id = c.product_id "
    "WHERE c.user_id = $1 AND p.is_active ORDER BY c.created_at, c.id"};

constexpr db::Statement kFindActiveProduct{"cart_find_active_product",
                                           "SELECT id, name, stock_quantity FROM products WHERE id = $1 AND is_active"};

constexpr db::Statement kActiveStock{
    "cart_active_stock",
    "SELECT id, stock_quantity FROM products WHERE id = ANY($1::bigint[]) AND is_active FOR KEY SHARE"};

constexpr db::Statement kFindCartLine{"cart_find_line",
                                      "SELECT c.id, c.quantity, p.id AS product_id, p.name, p.stock_quantity "
                                      "FROM cart_items c JOIN products p ON p.id = c.product_id "
                                      "WHERE c.id = $1 AND c.user_id = $2 AND p.is_active"};

// One round trip: the product must be active and hold the quantity, and the WHERE of ON CONFLICT
// sees the latest committed line (the row is locked), so two adds at the same moment cannot
// together pass the stock.
constexpr db::Statement kAddToCartLine{"cart_add_to_line",
                                       "INSERT INTO cart_items (user_id, product_id, quantity) "
                                       "SELECT $1, p.id, $3 FROM products p "
                                       "WHERE p.id = $2 AND p.is_active AND p.stock_quantity >= $3 "
                                       "ON CONFLICT ON CONSTRAINT cart_items_user_product_key DO UPDATE "
                                       "SET quantity = cart_items.quantity + EXCLUDED.quantity, updated_at = now() "
                                       "WHERE cart_items.quantity::bigint + EXCLUDED.quantity <= "
                                       "(SELECT stock_quantity FROM products WHERE id = EXCLUDED.product_id) "
                                       "RETURNING id"};

constexpr db::Statement kSetCartLine{"cart_set_line",
                                     "INSERT INTO cart_items (user_id, product_id, quantity) VALUES ($1, $2, $3) "
                                     "ON CONFLICT ON CONSTRAINT cart_items_user_product_key DO UPDATE "
                                     "SET quantity = EXCLUDED.quantity, updated_at = now()"};

constexpr db::Statement kUpdateCartLine{
    "cart_update_line", "UPDATE cart_items SET quantity = $3, updated_at = now() WHERE id = $1 AND user_id = $2"};

constexpr db::Statement kDeleteCartLine{"cart_delete_line", "DELETE FROM cart_items WHERE id = $1 AND user_id = $2"};

constexpr db::Statement kDeleteCart{"cart_delete", "DELETE FROM cart_items WHERE user_id = $1"};

constexpr db::Statement kLockCartQuantities{
    "cart_lock_quantities", "SELECT product_id, quantity FROM cart_items WHERE user_id = $1 FOR UPDATE"};

// The statements that read the user's cart, its lines and its code, for a batch (CartFrom).
std::vector<db::Queued> LoadCartStatements(std::int64_t user_id) {
  return {{kLoadCart, {user_id}}, discounts::store::CartCodeStatement(user_id)};
}

Cart CartFrom(const db::Result& lines, const db::Result& code) {
  std::vector<CartItem> items;
  for (const auto& row : lines) items.push_back(CartItemFromRow(row));
  return CartWith(std::move(items), discounts::store::CustomerCodeFrom(code), datetime::Now());
}

}  // namespace

Cart LoadCart(db::Connection& connection, std::int64_t user_id) {
  const auto results = connection.ExecBatch(LoadCartStatements(user_id));
  return CartFrom(results[0], results[1]);
}

std::optional<ProductStock> FindActiveProduct(db::Connection& connection, std::int64_t product_id) {
  auto result = connection.Exec(kFindActiveProduct, {product_id});
  if (result.empty()) return std::nullopt;
  const auto row = result.front();
  return ProductStock{row.Int("id"), row.String("name"), row.Int("stock_quantity")};
}

std::map<std::int64_t, std::int64_t> ActiveStock(db::Connection& connection,
                                                 const std::vector<std::int64_t>& product_ids) {
  std::map<std::int64_t, std::int64_t> stock;
  for (const auto& row : connection.Exec(kActiveStock, {product_ids})) {
    stock[row.Int("id")] = row.Int("stock_quantity");
  }
  return stock;
}

std::optional<CartLine> FindCartLine(db::Connection& connection, std::int64_t user_id, std::int64_t item_id) {
  auto result = connection.Exec(kFindCartLine, {item_id, user_id});
  if (result.empty()) return std::nullopt;
  const auto row = result.front();
  return CartLine{row.Int("id"), row.Int("quantity"),
                  ProductStock{row.Int("product_id"), row.String("name"), row.Int("stock_quantity")}};
}

std::optional<Cart> AddToCartLine(db::Connection& connection, std::int64_t user_id, std::int64_t product_id,
                                  std::int64_t quantity) {
  // One implicit transaction: the cart is read after the add, and is not used when it was refused.
  std::vector<db::Queued> batch = {{kAddToCartLine, {user_id, product_id, quantity}}};
  for (auto& statement : LoadCartStatements(user_id)) batch.push_back(std::move(statement));
  const auto results = connection.ExecBatch(batch);
  if (results[0].empty()) return std::nullopt;
  return CartFrom(results[1], results[2]);
}

void SetCartLine(db::Connection& connection, std::int64_t user_id, std::int64_t product_id, std::int64_t quantity) {
  connection.Exec(kSetCartLine, {user_id, product_id, quantity});
}

void UpdateCartLine(db::Connection& connection, std::int64_t user_id, std::int64_t item_id, std::int64_t quantity) {
  connection.Exec(kUpdateCartLine, {item_id, user_id, quantity});
}

bool DeleteCartLine(db::Connection& connection, std::int64_t user_id, std::int64_t item_id) {
  return connection.Exec(kDeleteCartLine, {item_id, user_id}).affected() > 0;
}

void DeleteCart(db::Connection& connection, std::int64_t user_id) { connection.Exec(kDeleteCart, {user_id}); }

std::map<std::int64_t, std::int64_t> LockCartQuantities(db::Connection& connection, std::int64_t user_id) {
  std::map<std::int64_t, std::int64_t> quantities;
  for (const auto& row : connection.Exec(kLockCartQuantities, {user_id})) {
    quantities[row.Int("product_id")] = row.Int("quantity");
  }
  return quantities;
}

}  // namespace shop::cart

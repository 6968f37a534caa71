#include "cart/cart_store.hpp"

#include "discounts/discounts_store.hpp"
#include "variants/variants.hpp"

namespace shop::cart {
namespace {

// What a line sells: its product, or one variant of the product, at the variant's price (or the
// product's) and stock. A line that no longer matches its product (a variant line of a product made
// plain, a plain line of a product that gained variants) is not sold, like a line of an inactive
// product.
constexpr std::string_view kSoldLine =
    "FROM cart_items c JOIN products p ON p.id = c.product_id LEFT JOIN product_variants v ON v.id = c.variant_id "
    "WHERE p.is_active AND p.has_variants = (c.variant_id IS NOT NULL)";

const db::JoinedStatement kLoadCart{
    "cart_load",
    {"SELECT c.id, c.product_id, c.quantity, c.created_at, p.name, p.slug, coalesce(v.price, p.price) AS price, "
     "p.image_url, coalesce(v.stock_quantity, p.stock_quantity) AS stock_quantity, v.id AS variant_id, "
     "v.sku AS variant_sku, array_to_json(v.option_values) AS option_values_json, "
     "CASE WHEN v.id IS NOT NULL THEN (SELECT json_agg(o.name ORDER BY o.position) FROM product_options o "
     "WHERE o.product_id = p.id) END AS option_names_json ",
     kSoldLine, " AND c.user_id = $1 ORDER BY c.created_at, c.id"}};

// The product, and the variant when one is named, with their stock and whether the product has
// variants: what an add that was refused needs to say why.
constexpr db::Statement kFindSellable{
    "cart_find_sellable",
    "SELECT p.id, p.name, p.has_variants, v.id AS variant_id, array_to_json(v.option_values) AS option_values_json, "
    "coalesce(v.stock_quantity, p.stock_quantity) AS stock_quantity "
    "FROM products p LEFT JOIN product_variants v ON v.id = $2 AND v.product_id = p.id WHERE p.id = $1 AND "
    "p.is_active"};

// Every way an active product is sold: the product itself, or each of its variants.
constexpr db::Statement kActiveStock{
    "cart_active_stock",
    "SELECT p.id, v.id AS variant_id, coalesce(v.stock_quantity, p.stock_quantity) AS stock_quantity "
    "FROM products p LEFT JOIN product_variants v ON v.product_id = p.id "
    "WHERE p.id = ANY($1::bigint[]) AND p.is_active AND p.has_variants = (v.id IS NOT NULL) FOR KEY SHARE OF p"};

const db::JoinedStatement kFindCartLine{
    "cart_find_line",
    {"SELECT c.id, c.quantity, p.id AS product_id, p.name, array_to_json(v.option_values) AS option_values_json, "
     "coalesce(v.stock_quantity, p.stock_quantity) AS stock_quantity ",
     kSoldLine, " AND c.id = $1 AND c.user_id = $2"}};

// One round trip: the product (and the variant a product with variants needs) must be active and
// hold the quantity, and the WHERE of ON CONFLICT sees the latest committed line (the row is
// locked), so two adds at the same moment cannot together pass the stock.
constexpr db::Statement kAddToCartLine{
    "cart_add_to_line",
    "INSERT INTO cart_items (user_id, product_id, variant_id, quantity) "
    "SELECT $1, p.id, v.id, $4 FROM products p LEFT JOIN product_variants v ON v.id = $3 AND v.product_id = p.id "
    "WHERE p.id = $2 AND p.is_active AND p.has_variants = ($3::bigint IS NOT NULL) "
    "AND (v.id IS NOT NULL) = ($3::bigint IS NOT NULL) AND coalesce(v.stock_quantity, p.stock_quantity) >= $4 "
    "ON CONFLICT ON CONSTRAINT cart_items_user_product_key DO UPDATE "
    "SET quantity = cart_items.quantity + EXCLUDED.quantity, updated_at = now() "
    "WHERE cart_items.quantity::bigint + EXCLUDED.quantity <= (SELECT coalesce(v.stock_quantity, p.stock_quantity) "
    "FROM products p LEFT JOIN product_variants v ON v.id = EXCLUDED.variant_id WHERE p.id = EXCLUDED.product_id) "
    "RETURNING id"};

constexpr db::Statement kSetCartLine{"cart_set_line",
                                     "INSERT INTO cart_items (user_id, product_id, variant_id, quantity) "
                                     "VALUES ($1, $2, $3, $4) "
                                     "ON CONFLICT ON CONSTRAINT cart_items_user_product_key DO UPDATE "
                                     "SET quantity = EXCLUDED.quantity, updated_at = now()"};

constexpr db::Statement kUpdateCartLine{
    "cart_update_line", "UPDATE cart_items SET quantity = $3, updated_at = now() WHERE id = $1 AND user_id = $2"};

constexpr db::Statement kDeleteCartLine{"cart_delete_line", "DELETE FROM cart_items WHERE id = $1 AND user_id = $2"};

constexpr db::Statement kDeleteCart{"cart_delete", "DELETE FROM cart_items WHERE user_id = $1"};

constexpr db::Statement kLockCartQuantities{
    "cart_lock_quantities", "SELECT product_id, variant_id, quantity FROM cart_items WHERE user_id = $1 FOR UPDATE"};

// The name a refusal uses: "T-shirt (M / Red)" for a variant.
std::string SoldName(const db::Row& row) {
  std::optional<std::string> title;
  if (!row.IsNull("option_values_json")) {
    title = variants::Title(nlohmann::json::parse(row.Text("option_values_json")).get<std::vector<std::string>>());
  }
  return variants::NameWithTitle(row.String("name"), title);
}

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

std::optional<SellableStock> FindSellable(db::Connection& connection, const Sellable& sellable) {
  return connection.Exec(kFindSellable, {sellable.product_id, sellable.variant_id}).First([](const db::Row& row) {
    return SellableStock{ProductStock{row.Int("id"), SoldName(row), row.Int("stock_quantity")},
                         row.Bool("has_variants"), !row.IsNull("variant_id")};
  });
}

std::map<Sellable, std::int64_t> ActiveStock(db::Connection& connection, const std::vector<std::int64_t>& product_ids) {
  std::map<Sellable, std::int64_t> stock;
  for (const auto& row : connection.Exec(kActiveStock, {product_ids})) {
    stock[{row.Int("id"), row.OptInt("variant_id")}] = row.Int("stock_quantity");
  }
  return stock;
}

std::optional<CartLine> FindCartLine(db::Connection& connection, std::int64_t user_id, std::int64_t item_id) {
  return connection.Exec(kFindCartLine, {item_id, user_id}).First([](const db::Row& row) {
    return CartLine{row.Int("id"), row.Int("quantity"),
                    ProductStock{row.Int("product_id"), SoldName(row), row.Int("stock_quantity")}};
  });
}

std::optional<Cart> AddToCartLine(db::Connection& connection, std::int64_t user_id, const Sellable& sellable,
                                  std::int64_t quantity) {
  // One implicit transaction: the cart is read after the add, and is not used when it was refused.
  std::vector<db::Queued> batch = {{kAddToCartLine, {user_id, sellable.product_id, sellable.variant_id, quantity}}};
  for (auto& statement : LoadCartStatements(user_id)) batch.push_back(std::move(statement));
  const auto results = connection.ExecBatch(batch);
  if (results[0].empty()) return std::nullopt;
  return CartFrom(results[1], results[2]);
}

void SetCartLine(db::Connection& connection, std::int64_t user_id, const Sellable& sellable, std::int64_t quantity) {
  connection.Exec(kSetCartLine, {user_id, sellable.product_id, sellable.variant_id, quantity});
}

void UpdateCartLine(db::Connection& connection, std::int64_t user_id, std::int64_t item_id, std::int64_t quantity) {
  connection.Exec(kUpdateCartLine, {item_id, user_id, quantity});
}

bool DeleteCartLine(db::Connection& connection, std::int64_t user_id, std::int64_t item_id) {
  return connection.Exec(kDeleteCartLine, {item_id, user_id}).affected() > 0;
}

void DeleteCart(db::Connection& connection, std::int64_t user_id) { connection.Exec(kDeleteCart, {user_id}); }

std::map<Sellable, std::int64_t> LockCartQuantities(db::Connection& connection, std::int64_t user_id) {
  std::map<Sellable, std::int64_t> quantities;
  for (const auto& row : connection.Exec(kLockCartQuantities, {user_id})) {
    quantities[{row.Int("product_id"), row.OptInt("variant_id")}] = row.Int("quantity");
  }
  return quantities;
}

}  // namespace shop::cart

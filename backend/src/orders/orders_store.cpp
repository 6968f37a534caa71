#include "orders/orders_store.hpp"

#include <map>

#include "http/json_or_null.hpp"

namespace shop::orders {
namespace {

// --- idempotency keys

// With a unique key, an INSERT that meets a row another transaction has inserted but not yet
// committed waits for that transaction, then finds the row if it committed. A row older than 24
// hours is taken over as if new; a younger one is only locked, and nothing is returned.
constexpr db::Statement kClaimKey{
    "orders_claim_key",
    "INSERT INTO idempotency_keys (user_id, key, request_hash) VALUES ($1, $2, $3) "
    "ON CONFLICT (user_id, key) DO UPDATE SET request_hash = EXCLUDED.request_hash, order_id = NULL, "
    "response_status = NULL, response_body = NULL, created_at = now() "
    "WHERE idempotency_keys.created_at < now() - interval '24 hours' "
    "RETURNING user_id"};

constexpr db::Statement kFindStoredResponse{
    "orders_find_stored_response",
    "SELECT request_hash = $3::bytea AS same_request, response_status, response_body "
    "FROM idempotency_keys WHERE user_id = $1 AND key = $2"};

constexpr db::Statement kStoreResponse{
    "orders_store_response",
    "UPDATE idempotency_keys SET order_id = $3, response_status = $4, response_body = $5 "
    "WHERE user_id = $1 AND key = $2"};

// --- checkout

// The cart lines still sold (cart/cart_store.cpp) and their products are locked in product-id order
// (LockRows runs above the sort), so concurrent checkouts cannot deadlock; then each product whose
// stock holds the sum of its lines has it taken off, and each variant line whose variant holds its
// quantity too. The UPDATEs recheck their condition on the latest version of the row, so stock can
// never go below zero; a variant's row is changed only by those who hold its product's lock first,
// so locking it in the UPDATE cannot deadlock either. The cart is emptied (lines no longer sold
// too) once the lines are read. A line that falls short comes back without sku, price and stock.
constexpr db::Statement kTakeCart{
    "orders_take_cart",
    "WITH lines AS MATERIALIZED ("
    "  SELECT c.product_id, c.variant_id, c.quantity, p.name FROM cart_items c JOIN products p ON p.id = c.product_id"
    "  WHERE c.user_id = $1 AND p.is_active AND p.has_variants = (c.variant_id IS NOT NULL)"
    "  ORDER BY c.product_id, c.variant_id FOR UPDATE OF c FOR NO KEY UPDATE OF p"
    "), per_product AS ("
    "  SELECT product_id, sum(quantity) AS quantity FROM lines GROUP BY product_id"
    "), taken AS ("
    "  UPDATE products p SET stock_quantity = p.stock_quantity - s.quantity FROM per_product s"
    "  WHERE p.id = s.product_id AND p.stock_quantity >= s.quantity"
    "  RETURNING p.id, p.sku, p.price, p.stock_quantity"
    "), taken_variants AS ("
    "  UPDATE product_variants v SET stock_quantity = v.stock_quantity - l.quantity, updated_at = now() FROM lines l"
    "  WHERE v.id = l.variant_id AND v.product_id = l.product_id AND v.stock_quantity >= l.quantity"
    "  RETURNING v.id, v.sku, v.price, v.stock_quantity, array_to_string(v.option_values, ' / ') AS title"
    "), emptied AS ("
    "  DELETE FROM cart_items WHERE user_id = $1"
    ") "
    "SELECT l.product_id, l.variant_id, l.quantity, l.name AS product_name, coalesce(tv.sku, t.sku) AS product_sku,"
    "  coalesce(tv.price, t.price) AS price, tv.title AS variant_title,"
    "  CASE WHEN l.variant_id IS NULL THEN t.stock_quantity WHEN t.id IS NOT NULL THEN tv.stock_quantity END"
    "    AS stock_quantity "
    "FROM lines l LEFT JOIN taken t ON t.id = l.product_id LEFT JOIN taken_variants tv ON tv.id = l.variant_id "
    "ORDER BY l.product_id, l.variant_id"};

// --- the customer

// NO KEY UPDATE: taken by one checkout at a time, while inserting orders and cart lines (which
// take KEY SHARE on the row) goes on.
constexpr db::Statement kLockCustomer{"orders_lock_customer",
                                      "SELECT email, is_verified FROM users WHERE id = $1 FOR NO KEY UPDATE"};
// Run after the lock, as a statement of its own: its snapshot then sees the orders committed by
// the checkout that held the lock before.
constexpr db::Statement kCountPending{
    "orders_count_pending", "SELECT count(*) AS pending FROM orders WHERE user_id = $1 AND status = 'pending'"};

constexpr db::Statement kFindAccount{"orders_find_account", "SELECT email, is_verified FROM users WHERE id = $1"};

constexpr db::Statement kExpiredHolds{
    "orders_expired_holds",
    "SELECT id FROM orders WHERE status = 'pending' AND created_at < now() - make_interval(secs => $1::float8) "
    "ORDER BY created_at LIMIT $2"};

constexpr db::Statement kReturnStock{
    "orders_return_stock",
    "UPDATE products SET stock_quantity = stock_quantity + $2 WHERE id = $1 RETURNING stock_quantity"};
constexpr db::Statement kReturnVariantStock{
    "orders_return_variant_stock",
    "UPDATE product_variants SET stock_quantity = stock_quantity + $2, updated_at = now() WHERE id = $1 "
    "RETURNING stock_quantity"};

// The order number is taken by the statement that inserts the order, after every other lock of
// checkout is held, so the counter row stays locked only from here to the commit. The items
// travel as one JSON array (prices as decimal text, so they stay exact) and are inserted in
// their array order, so their ids follow it. One row per item: the order and the item's id. The
// LIMITs tell the planner what it cannot know from the counter (one row), which keeps the cost
// estimate small and the statement clear of JIT compilation.
const db::JoinedStatement kInsertOrder{
    "orders_insert",
    {"WITH number AS ("
     "  UPDATE order_number_counter SET last_value = last_value + 1 RETURNING 'ORD-' || last_value AS order_number"
     "), placed AS ("
     "  INSERT INTO orders (order_number, user_id, subtotal, discount_code_id, discount_code, discount_amount,"
     "    total_amount, customer_name, customer_email, customer_phone, shipping_address, shipping_city,"
     "    shipping_state, shipping_postal_code, shipping_country, notes)"
     "  SELECT order_number, $1::bigint, $2::numeric, $13::bigint, $14::text, $15::numeric, $2::numeric - $15::numeric,"
     "    $3::text, $4::text, $5::text, $6::text, $7::text, $8::text, $9::text, $10::text, $11::text"
     "  FROM number LIMIT 1 RETURNING ",
     kOrderColumns,
     "), items AS ("
     "  INSERT INTO order_items (order_id, product_id, product_name, product_sku, quantity, price, variant_id,"
     "    variant_title)"
     "  SELECT (SELECT id FROM placed), x.product_id, x.product_name, x.product_sku, x.quantity, x.price,"
     "    x.variant_id, x.variant_title"
     "  FROM ROWS FROM (jsonb_to_recordset($12::jsonb) AS (product_id bigint, product_name text, product_sku text,"
     "    quantity integer, price numeric, variant_id bigint, variant_title text))"
     "    WITH ORDINALITY AS x(product_id, product_name, product_sku, quantity, price, variant_id, variant_title, n)"
     "  ORDER BY x.n RETURNING id"
     ") "
     "SELECT placed.*, items.id AS item_id FROM (SELECT * FROM placed LIMIT 1) AS placed, items ORDER BY items.id"}};

// --- reading and changing orders

const db::JoinedStatement kFindOrder{"orders_find", {"SELECT ", kOrderColumns, " FROM orders WHERE id = $1"}};

const db::JoinedStatement kLockOrder{"orders_lock",
                                     {"SELECT ", kOrderColumns, " FROM orders WHERE id = $1 FOR UPDATE"}};

constexpr db::Statement kCountUserOrders{"orders_count_for_user",
                                         "SELECT count(*) AS total FROM orders WHERE user_id = $1"};

const db::JoinedStatement kListUserOrders{"orders_list_for_user",
                                          {"SELECT ", kOrderColumns,
                                           " FROM orders WHERE user_id = $1 "
                                           "ORDER BY created_at DESC, id DESC LIMIT $2 OFFSET $3"}};

const db::JoinedStatement kItemsOfOrders{
    "orders_items_of",
    {"SELECT ", kOrderItemColumns, " FROM order_items WHERE order_id = ANY($1::bigint[]) ORDER BY order_id, id"}};

const db::JoinedStatement kUpdateStatus{
    "orders_update_status",
    {"UPDATE orders SET status = $2, updated_at = now() WHERE id = $1 RETURNING ", kOrderColumns}};

std::optional<Order> OneOrder(db::Connection& connection, db::Result result) {
  if (result.empty()) return std::nullopt;
  std::vector<Order> orders = {OrderFromRow(result.front())};
  LoadItems(connection, orders);
  return std::move(orders.front());
}

}  // namespace

db::Queued ClaimIdempotencyKeyStatement(std::int64_t user_id, const std::string& key, const std::string& request_hash) {
  return {kClaimKey, {user_id, key, request_hash}};
}

bool Claimed(const db::Result& claim) { return !claim.empty(); }

std::optional<StoredResponse> FindStoredResponse(db::Connection& connection, std::int64_t user_id,
                                                 const std::string& key, const std::string& request_hash) {
  auto result = connection.Exec(kFindStoredResponse, {user_id, key, request_hash});
  if (result.empty() || result.front().IsNull("response_status")) return std::nullopt;
  const auto row = result.front();
  return StoredResponse{row.Bool("same_request"), static_cast<int>(row.Int("response_status")),
                        row.String("response_body")};
}

db::Queued StoreResponseStatement(std::int64_t user_id, const std::string& key, std::int64_t order_id, int status,
                                  const std::string& body) {
  return {kStoreResponse, {user_id, key, order_id, status, body}};
}

std::vector<db::Queued> LockCustomerStatements(std::int64_t user_id) {
  return {{kLockCustomer, {user_id}}, {kCountPending, {user_id}}};
}

std::optional<Customer> CustomerFrom(const db::Result& lock, const db::Result& count) {
  if (lock.empty()) return std::nullopt;
  const auto row = lock.front();
  return Customer{row.String("email"), row.Bool("is_verified"), count.front().Int("pending")};
}

db::Queued TakeCartStatement(std::int64_t user_id) { return {kTakeCart, {user_id}}; }

std::vector<CheckoutLine> CheckoutLines(const db::Result& taken) {
  std::vector<CheckoutLine> lines;
  for (const auto& row : taken) {
    CheckoutLine line{{0, row.Int("product_id"), row.String("product_name"), "", row.Int("quantity"), Money(),
                       row.OptInt("variant_id"), std::nullopt},
                      row.OptInt("stock_quantity")};
    if (line.stock_left) {
      line.item.product_sku = row.String("product_sku");
      line.item.price = row.GetMoney("price");
      line.item.variant_title = row.OptString("variant_title");
    }
    lines.push_back(std::move(line));
  }
  return lines;
}

std::optional<std::int64_t> ReturnStock(db::Connection& connection, const OrderItem& item) {
  if (item.variant_title && !item.variant_id) return std::nullopt;
  const auto product = connection.Exec(kReturnStock, {item.product_id, item.quantity});
  if (!item.variant_id) return product.front().Int("stock_quantity");
  const auto variant = connection.Exec(kReturnVariantStock, {*item.variant_id, item.quantity});
  return variant.front().Int("stock_quantity");
}

Order InsertOrder(db::Connection& connection, std::int64_t user_id, const CheckoutDetails& details, Money subtotal,
                  const OrderDiscount& discount, std::vector<OrderItem> items) {
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& item : items) {
    rows.push_back({{"product_id", item.product_id},
                    {"product_name", item.product_name},
                    {"product_sku", item.product_sku},
                    {"quantity", item.quantity},
                    {"price", item.price.ToString()},
                    {"variant_id", http::OrNull(item.variant_id)},
                    {"variant_title", http::OrNull(item.variant_title)}});
  }
  const auto result =
      connection.Exec(kInsertOrder, {user_id, subtotal, details.customer_name, details.customer_email,
                                     details.customer_phone, details.shipping_address, details.shipping_city,
                                     details.shipping_state, details.shipping_postal_code, details.shipping_country,
                                     details.notes, rows.dump(), discount.code_id, discount.code, discount.amount});
  Order order = OrderFromRow(result.front());
  for (std::size_t i = 0; i < items.size(); ++i) items[i].id = result[static_cast<int>(i)].Int("item_id");
  order.items = std::move(items);
  return order;
}

std::optional<Order> FindOrder(db::Connection& connection, std::int64_t order_id) {
  return OneOrder(connection, connection.Exec(kFindOrder, {order_id}));
}

std::optional<Order> LockOrder(db::Connection& connection, std::int64_t order_id) {
  return OneOrder(connection, connection.Exec(kLockOrder, {order_id}));
}

std::int64_t CountUserOrders(db::Connection& connection, std::int64_t user_id) {
  return connection.Exec(kCountUserOrders, {user_id}).front().Int("total");
}

std::vector<Order> ListUserOrders(db::Connection& connection, std::int64_t user_id, std::int64_t limit,
                                  std::int64_t offset) {
  std::vector<Order> orders;
  for (const auto& row : connection.Exec(kListUserOrders, {user_id, limit, offset})) {
    orders.push_back(OrderFromRow(row));
  }
  LoadItems(connection, orders);
  return orders;
}

void LoadItems(db::Connection& connection, std::vector<Order>& orders) {
  if (orders.empty()) return;
  std::vector<std::int64_t> ids;
  std::map<std::int64_t, Order*> by_id;
  for (auto& order : orders) {
    ids.push_back(order.id);
    by_id[order.id] = &order;
    order.items.clear();
  }
  for (const auto& row : connection.Exec(kItemsOfOrders, {ids})) {
    by_id.at(row.Int("order_id"))->items.push_back(OrderItemFromRow(row));
  }
}

Order UpdateStatus(db::Connection& connection, std::int64_t order_id, OrderStatus status) {
  return OrderFromRow(connection.Exec(kUpdateStatus, {order_id, std::string(ToString(status))}).front());
}

std::optional<Account> FindAccount(db::Connection& connection, std::int64_t user_id) {
  const auto result = connection.Exec(kFindAccount, {user_id});
  if (result.empty()) return std::nullopt;
  return Account{result.front().String("email"), result.front().Bool("is_verified")};
}

std::vector<std::int64_t> ExpiredHolds(db::Connection& connection, std::chrono::seconds age, std::int64_t limit) {
  std::vector<std::int64_t> ids;
  for (const auto& row : connection.Exec(kExpiredHolds, {static_cast<std::int64_t>(age.count()), limit})) {
    ids.push_back(row.Int("id"));
  }
  return ids;
}

std::int64_t PurgeExpiredIdempotencyKeys(db::Connection& connection) {
  static constexpr db::Statement kPurge{"orders_purge_idempotency_keys",
                                        "DELETE FROM idempotency_keys WHERE created_at < now() - interval '24 hours'"};
  return connection.Exec(kPurge).affected();
}

}  // namespace shop::orders

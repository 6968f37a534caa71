#include "orders/orders_store.hpp"

#include <algorithm>
#include <map>

namespace shop::orders {
namespace {

// --- idempotency keys

constexpr db::Statement kForgetExpiredKeys{
    "orders_forget_expired_keys",
    "DELETE FROM idempotency_keys WHERE user_id = $1 AND created_at < now() - interval '24 hours'"};

// With a unique key, an INSERT that meets a row another transaction has inserted but not yet
// committed waits for that transaction, then does nothing if it committed.
constexpr db::Statement kClaimKey{"orders_claim_key",
                                  "INSERT INTO idempotency_keys (user_id, key, request_hash) VALUES ($1, $2, $3) "
                                  "ON CONFLICT (user_id, key) DO NOTHING RETURNING user_id"};

constexpr db::Statement kFindStoredResponse{
    "orders_find_stored_response",
    "SELECT request_hash = $3::bytea AS same_request, response_status, response_body "
    "FROM idempotency_keys WHERE user_id = $1 AND key = $2"};

constexpr db::Statement kStoreResponse{
    "orders_store_response",
    "UPDATE idempotency_keys SET order_id = $3, response_status = $4, response_body = $5 "
    "WHERE user_id = $1 AND key = $2"};

// --- checkout

constexpr db::Statement kLockCheckoutLines{
    "orders_lock_checkout_lines",
    "SELECT c.product_id, c.quantity, p.name FROM cart_items c JOIN products p ON p.id = c.product_id "
    "WHERE c.user_id = $1 AND p.is_active ORDER BY c.product_id FOR UPDATE OF c"};

// The condition is checked again on the latest version of the row once a concurrent checkout
// that holds it commits, so stock can never go below zero.
constexpr db::Statement kTakeStock{"orders_take_stock",
                                   "UPDATE products SET stock_quantity = stock_quantity - $2 "
                                   "WHERE id = $1 AND is_active AND stock_quantity >= $2 "
                                   "RETURNING id AS product_id, name AS product_name, sku AS product_sku, price"};

constexpr db::Statement kReturnStock{"orders_return_stock",
                                     "UPDATE products SET stock_quantity = stock_quantity + $2 WHERE id = $1"};

constexpr db::Statement kNextOrderNumber{
    "orders_next_number", "UPDATE order_number_counter SET last_value = last_value + 1 RETURNING last_value"};

const std::string kInsertOrderSql = db::JoinSql(
    {"INSERT INTO orders (order_number, user_id, subtotal, total_amount, customer_name, customer_email, "
     "customer_phone, shipping_address, shipping_city, shipping_state, shipping_postal_code, shipping_country, notes) "
     "VALUES ($1, $2, $3, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING ",
     kOrderColumns});
const db::Statement kInsertOrder{"orders_insert", kInsertOrderSql};

// The items travel as one JSON array; prices as decimal text, so they stay exact.
const std::string kInsertOrderItemsSql =
    db::JoinSql({"INSERT INTO order_items (order_id, product_id, product_name, product_sku, quantity, price) "
         "SELECT $1, x.product_id, x.product_name, x.product_sku, x.quantity, x.price "
         "FROM jsonb_to_recordset($2::jsonb) "
         "AS x(product_id bigint, product_name text, product_sku text, quantity integer, price numeric) RETURNING ",
         kOrderItemColumns});
const db::Statement kInsertOrderItems{"orders_insert_items", kInsertOrderItemsSql};

// --- reading and changing orders

const std::string kFindOrderSql = db::JoinSql({"SELECT ", kOrderColumns, " FROM orders WHERE id = $1"});
const db::Statement kFindOrder{"orders_find", kFindOrderSql};

const std::string kLockOrderSql = db::JoinSql({"SELECT ", kOrderColumns, " FROM orders WHERE id = $1 FOR UPDATE"});
const db::Statement kLockOrder{"orders_lock", kLockOrderSql};

constexpr db::Statement kCountUserOrders{"orders_count_for_user",
                                         "SELECT count(*) AS total FROM orders WHERE user_id = $1"};

const std::string kListUserOrdersSql = db::JoinSql({"SELECT ", kOrderColumns,
                                            " FROM orders WHERE user_id = $1 "
                                            "ORDER BY created_at DESC, id DESC LIMIT $2 OFFSET $3"});
const db::Statement kListUserOrders{"orders_list_for_user", kListUserOrdersSql};

const std::string kItemsOfOrdersSql =
    db::JoinSql({"SELECT ", kOrderItemColumns, " FROM order_items WHERE order_id = ANY($1::bigint[]) ORDER BY order_id, id"});
const db::Statement kItemsOfOrders{"orders_items_of", kItemsOfOrdersSql};

const std::string kUpdateStatusSql =
    db::JoinSql({"UPDATE orders SET status = $2, updated_at = now() WHERE id = $1 RETURNING ", kOrderColumns});
const db::Statement kUpdateStatus{"orders_update_status", kUpdateStatusSql};

std::optional<Order> OneOrder(db::Connection& connection, db::Result result) {
  if (result.empty()) return std::nullopt;
  std::vector<Order> orders = {OrderFromRow(result.front())};
  LoadItems(connection, orders);
  return std::move(orders.front());
}

}  // namespace

bool ClaimIdempotencyKey(db::Connection& connection, std::int64_t user_id, const std::string& key,
                         const std::string& request_hash) {
  connection.Exec(kForgetExpiredKeys, {user_id});
  return !connection.Exec(kClaimKey, {user_id, key, request_hash}).empty();
}

std::optional<StoredResponse> FindStoredResponse(db::Connection& connection, std::int64_t user_id,
                                                 const std::string& key, const std::string& request_hash) {
  auto result = connection.Exec(kFindStoredResponse, {user_id, key, request_hash});
  if (result.empty() || result.front().IsNull("response_status")) return std::nullopt;
  const auto row = result.front();
  return StoredResponse{row.Bool("same_request"), static_cast<int>(row.Int("response_status")),
                        row.String("response_body")};
}

void StoreResponse(db::Connection& connection, std::int64_t user_id, const std::string& key, std::int64_t order_id,
                   int status, const std::string& body) {
  connection.Exec(kStoreResponse, {user_id, key, order_id, status, body});
}

std::vector<CheckoutLine> LockCheckoutLines(db::Connection& connection, std::int64_t user_id) {
  std::vector<CheckoutLine> lines;
  for (const auto& row : connection.Exec(kLockCheckoutLines, {user_id})) {
    lines.push_back({row.Int("product_id"), row.Int("quantity"), row.String("name")});
  }
  return lines;
}

std::optional<OrderItem> TakeStock(db::Connection& connection, std::int64_t product_id, std::int64_t quantity) {
  auto result = connection.Exec(kTakeStock, {product_id, quantity});
  if (result.empty()) return std::nullopt;
  const auto row = result.front();
  return OrderItem{0,        row.Int("product_id"), row.String("product_name"), row.String("product_sku"),
                   quantity, row.GetMoney("price")};
}

void ReturnStock(db::Connection& connection, std::int64_t product_id, std::int64_t quantity) {
  connection.Exec(kReturnStock, {product_id, quantity});
}

std::string NextOrderNumber(db::Connection& connection) {
  return "ORD-" + std::to_string(connection.Exec(kNextOrderNumber).front().Int("last_value"));
}

Order InsertOrder(db::Connection& connection, std::int64_t user_id, const std::string& order_number,
                  const CheckoutDetails& details, Money subtotal) {
  auto result = connection.Exec(
      kInsertOrder, {order_number, user_id, subtotal, details.customer_name, details.customer_email,
                     details.customer_phone, details.shipping_address, details.shipping_city, details.shipping_state,
                     details.shipping_postal_code, details.shipping_country, details.notes});
  return OrderFromRow(result.front());
}

std::vector<OrderItem> InsertOrderItems(db::Connection& connection, std::int64_t order_id,
                                        const std::vector<OrderItem>& items) {
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& item : items) {
    rows.push_back({{"product_id", item.product_id},
                    {"product_name", item.product_name},
                    {"product_sku", item.product_sku},
                    {"quantity", item.quantity},
                    {"price", item.price.ToString()}});
  }
  std::vector<OrderItem> inserted;
  for (const auto& row : connection.Exec(kInsertOrderItems, {order_id, rows.dump()})) {
    inserted.push_back(OrderItemFromRow(row));
  }
  std::sort(inserted.begin(), inserted.end(), [](const OrderItem& a, const OrderItem& b) { return a.id < b.id; });
  return inserted;
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

std::int64_t PurgeExpiredIdempotencyKeys(db::Connection& connection) {
  static constexpr db::Statement kPurge{"orders_purge_idempotency_keys",
                                        "DELETE FROM idempotency_keys WHERE created_at < now() - interval '24 hours'"};
  return connection.Exec(kPurge).affected();
}

}  // namespace shop::orders

#include "stock_alerts/stock_alerts_store.hpp"

namespace shop::stock_alerts::store {
namespace {

constexpr db::Statement kStock{"stock_alerts_stock", "SELECT stock_quantity FROM products WHERE id = $1 AND is_active"};
constexpr db::Statement kLockForSubscribe{
    "stock_alerts_lock_for_subscribe",
    "SELECT p.stock_quantity, (SELECT is_verified FROM users WHERE id = $2) AS verified FROM products p"
    " WHERE p.id = $1 AND p.is_active FOR SHARE OF p"};
constexpr db::Statement kIsSubscribed{"stock_alerts_is_subscribed",
                                      "SELECT 1 FROM stock_alerts WHERE user_id = $1 AND product_id = $2"};
constexpr db::Statement kSubscribe{"stock_alerts_subscribe",
                                   "INSERT INTO stock_alerts (user_id, product_id) VALUES ($1, $2) "
                                   "ON CONFLICT DO NOTHING RETURNING user_id"};
constexpr db::Statement kUnsubscribe{"stock_alerts_unsubscribe",
                                     "DELETE FROM stock_alerts WHERE user_id = $1 AND product_id = $2"};
// The stock is read from the writer's own transaction, so it is the stock it is about to commit.
constexpr db::Statement kTakeDue{
    "stock_alerts_take_due",
    "WITH due AS (DELETE FROM stock_alerts a USING products p WHERE a.product_id = p.id"
    " AND p.id = ANY($1::bigint[]) AND p.is_active AND p.stock_quantity > 0 RETURNING a.user_id, p.name, p.slug) "
    "SELECT u.email, u.full_name, due.name AS product_name, due.slug AS product_slug "
    "FROM due JOIN users u ON u.id = due.user_id WHERE u.is_verified AND u.is_active ORDER BY u.id"};
constexpr db::Statement kCountWaiting{"stock_alerts_count_waiting",
                                      "SELECT count(DISTINCT product_id) AS total FROM stock_alerts"};
constexpr db::Statement kListWaiting{
    "stock_alerts_list_waiting",
    "SELECT p.id AS product_id, p.name AS product_name, p.slug AS product_slug, p.stock_quantity,"
    " count(*) AS waiting, min(a.created_at) AS oldest_at FROM stock_alerts a JOIN products p ON p.id = a.product_id"
    " GROUP BY p.id ORDER BY waiting DESC, oldest_at, p.id LIMIT $1 OFFSET $2"};

}  // namespace

std::optional<std::int64_t> StockOf(db::Connection& connection, std::int64_t product_id) {
  const auto rows = connection.Exec(kStock, {product_id});
  if (rows.empty()) return std::nullopt;
  return rows.front().Int("stock_quantity");
}

bool IsSubscribed(db::Connection& connection, std::int64_t user_id, std::int64_t product_id) {
  return !connection.Exec(kIsSubscribed, {user_id, product_id}).empty();
}

std::optional<SubscribeCheck> LockForSubscribe(db::Connection& connection, std::int64_t user_id,
                                               std::int64_t product_id) {
  const auto rows = connection.Exec(kLockForSubscribe, {product_id, user_id});
  if (rows.empty()) return std::nullopt;
  return SubscribeCheck{rows.front().Int("stock_quantity"), rows.front().Bool("verified")};
}

bool AddAlert(db::Connection& connection, std::int64_t user_id, std::int64_t product_id) {
  return !connection.Exec(kSubscribe, {user_id, product_id}).empty();
}

void Unsubscribe(db::Connection& connection, std::int64_t user_id, std::int64_t product_id) {
  connection.Exec(kUnsubscribe, {user_id, product_id});
}

std::vector<DueAlert> TakeDue(db::Connection& connection, const std::vector<std::int64_t>& product_ids) {
  std::vector<DueAlert> due;
  for (const auto& row : connection.Exec(kTakeDue, {product_ids})) {
    due.push_back(
        {row.String("email"), row.String("full_name"), row.String("product_name"), row.String("product_slug")});
  }
  return due;
}

Page<Waiting> ListWaiting(db::Connection& connection, std::int64_t limit, std::int64_t offset) {
  Page<Waiting> page;
  page.total = connection.Exec(kCountWaiting).front().Int("total");
  if (offset < page.total) {
    for (const auto& row : connection.Exec(kListWaiting, {limit, offset})) {
      page.items.push_back({row.Int("product_id"), row.String("product_name"), row.String("product_slug"),
                            row.Int("stock_quantity"), row.Int("waiting"), row.Timestamp("oldest_at")});
    }
  }
  return page;
}

}  // namespace shop::stock_alerts::store

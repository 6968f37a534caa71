#include "stock_alerts/stock_alerts_store.hpp"

namespace shop::stock_alerts::store {
namespace {

constexpr std::string_view kTargetColumns =
    "SELECT p.has_variants, v.id AS variant_id, coalesce(v.stock_quantity, p.stock_quantity) AS stock_quantity";
constexpr std::string_view kTargetFrom =
    " FROM products p LEFT JOIN product_variants v ON v.id = $2 AND v.product_id = p.id WHERE p.id = $1 AND "
    "p.is_active";
const db::JoinedStatement kFindTarget{"stock_alerts_find_target", {kTargetColumns, kTargetFrom}};
const db::JoinedStatement kLockForSubscribe{
    "stock_alerts_lock_for_subscribe",
    {kTargetColumns, ", (SELECT is_verified FROM users WHERE id = $3) AS verified", kTargetFrom, " FOR SHARE OF p"}};
constexpr db::Statement kIsSubscribed{
    "stock_alerts_is_subscribed",
    "SELECT 1 FROM stock_alerts WHERE user_id = $1 AND product_id = $2 AND variant_id IS NOT DISTINCT FROM $3"};
constexpr db::Statement kSubscribe{"stock_alerts_subscribe",
                                   "INSERT INTO stock_alerts (user_id, product_id, variant_id) VALUES ($1, $2, $3) "
                                   "ON CONFLICT DO NOTHING RETURNING user_id"};
constexpr db::Statement kUnsubscribe{
    "stock_alerts_unsubscribe",
    "DELETE FROM stock_alerts WHERE user_id = $1 AND product_id = $2 AND variant_id IS NOT DISTINCT FROM $3"};
// The stock is read from the writer's own transaction, so it is the stock it is about to commit.
constexpr db::Statement kTakeDue{
    "stock_alerts_take_due",
    "WITH due AS (DELETE FROM stock_alerts a USING products p WHERE a.product_id = p.id"
    " AND p.id = ANY($1::bigint[]) AND p.is_active AND CASE WHEN a.variant_id IS NULL THEN p.stock_quantity"
    " ELSE (SELECT v.stock_quantity FROM product_variants v WHERE v.id = a.variant_id) END > 0"
    " RETURNING a.user_id, a.variant_id, p.name, p.slug) "
    "SELECT u.email, u.full_name, due.name || coalesce(' (' || (SELECT array_to_string(v.option_values, ' / ')"
    " FROM product_variants v WHERE v.id = due.variant_id) || ')', '') AS product_name, due.slug AS product_slug "
    "FROM due JOIN users u ON u.id = due.user_id WHERE u.is_verified AND u.is_active ORDER BY u.id"};
constexpr db::Statement kCountWaiting{
    "stock_alerts_count_waiting",
    "SELECT count(*) AS total FROM (SELECT DISTINCT product_id, variant_id FROM stock_alerts) AS waited"};
constexpr db::Statement kListWaiting{
    "stock_alerts_list_waiting",
    "SELECT p.id AS product_id, p.name AS product_name, p.slug AS product_slug, a.variant_id,"
    " array_to_string(v.option_values, ' / ') AS variant_title,"
    " coalesce(v.stock_quantity, p.stock_quantity) AS stock_quantity, count(*) AS waiting,"
    " min(a.created_at) AS oldest_at FROM stock_alerts a JOIN products p ON p.id = a.product_id"
    " LEFT JOIN product_variants v ON v.id = a.variant_id GROUP BY p.id, a.variant_id, v.id"
    " ORDER BY waiting DESC, oldest_at, p.id, a.variant_id LIMIT $1 OFFSET $2"};

Target TargetFrom(const db::Row& row) {
  return {row.Int("stock_quantity"), row.Bool("has_variants"), !row.IsNull("variant_id"), false};
}

}  // namespace

std::optional<Target> FindTarget(db::Connection& connection, const Wanted& wanted) {
  return connection.Exec(kFindTarget, {wanted.product_id, wanted.variant_id}).First(TargetFrom);
}

bool IsSubscribed(db::Connection& connection, std::int64_t user_id, const Wanted& wanted) {
  return !connection.Exec(kIsSubscribed, {user_id, wanted.product_id, wanted.variant_id}).empty();
}

std::optional<Target> LockForSubscribe(db::Connection& connection, std::int64_t user_id, const Wanted& wanted) {
  const auto rows = connection.Exec(kLockForSubscribe, {wanted.product_id, wanted.variant_id, user_id});
  if (rows.empty()) return std::nullopt;
  Target target = TargetFrom(rows.front());
  target.verified = rows.front().Bool("verified");
  return target;
}

bool AddAlert(db::Connection& connection, std::int64_t user_id, const Wanted& wanted) {
  return !connection.Exec(kSubscribe, {user_id, wanted.product_id, wanted.variant_id}).empty();
}

void Unsubscribe(db::Connection& connection, std::int64_t user_id, const Wanted& wanted) {
  connection.Exec(kUnsubscribe, {user_id, wanted.product_id, wanted.variant_id});
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
                            row.OptInt("variant_id"), row.OptString("variant_title"), row.Int("stock_quantity"),
                            row.Int("waiting"), row.Timestamp("oldest_at")});
    }
  }
  return page;
}

}  // namespace shop::stock_alerts::store

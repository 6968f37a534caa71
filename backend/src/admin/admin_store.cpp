#include "admin/admin_store.hpp"

#include <stdexcept>
#include <unordered_map>

#include "common/text.hpp"

namespace shop::admin::store {
namespace {

// The whole dashboard in one round trip (indexes of migration 0007): the counts of users and
// products are index-only counts, the window's days read the covering index of orders by date,
// the best sellers are a streaming aggregate over the covering index of order items by product,
// the all-time figures of orders one pass over orders. The lists come back as JSON (amounts as
// text, so they are parsed exactly into Money); the newest orders are the rows, each carrying the
// aggregates (one row of NULL order columns when there are no orders). $1 days, $2 low-stock
// threshold, $3 top products, $4 recent orders.
const db::JoinedStatement kStats{"admin_stats",
                                 {R"SQL(
WITH order_totals AS (
    SELECT status, count(*) AS order_count, sum(total_amount) AS revenue FROM orders GROUP BY status
), window_days AS (
    SELECT current_date - ($1::int - 1) + n AS day FROM generate_series(0, $1::int - 1) AS n
), daily AS (
    SELECT created_at::date AS day, count(*) AS order_count, sum(total_amount) AS revenue
    FROM orders
    WHERE status <> 'cancelled' AND created_at >= (current_date - ($1::int - 1))::timestamptz
    GROUP BY 1
), best AS (
    -- Items of cancelled orders are filtered out against the few cancelled ids (a hashed
    -- subplan), which keeps the index's product order for a streaming aggregate.
    SELECT product_id, sum(quantity) AS quantity_sold, sum(price * quantity) AS revenue
    FROM order_items
    WHERE order_id NOT IN (SELECT id FROM orders WHERE status = 'cancelled')
    GROUP BY product_id
    ORDER BY quantity_sold DESC, revenue DESC, product_id
    LIMIT $3::bigint
), stats AS (
    SELECT (SELECT count(*) FROM users) AS total_users,
           (SELECT count(*) FROM products) AS total_products,
           (SELECT count(*) FROM products WHERE is_active) AS active_products,
           (SELECT count(*) FROM products WHERE is_active AND NOT has_variants AND stock_quantity <= $2::int)
             + (SELECT count(*) FROM product_variants v JOIN products p ON p.id = v.product_id
                WHERE p.is_active AND p.has_variants AND v.stock_quantity <= $2::int) AS low_stock_products,
           (SELECT coalesce(sum(order_count), 0) FROM order_totals) AS total_orders,
           (SELECT coalesce(sum(revenue), 0) FROM order_totals WHERE status <> 'cancelled')::text AS total_revenue,
           (SELECT coalesce(sum(order_count), 0) FROM order_totals WHERE status = 'pending') AS pending_orders,
           (SELECT coalesce(json_object_agg(status, order_count), '{}') FROM order_totals) AS orders_by_status,
           (SELECT json_agg(json_build_object('date', to_char(d.day, 'YYYY-MM-DD'),
                                              'orders', coalesce(y.order_count, 0),
                                              'revenue', coalesce(y.revenue, 0)::text) ORDER BY d.day)
              FROM window_days d LEFT JOIN daily y USING (day)) AS revenue_by_day,
           (SELECT coalesce(json_agg(json_build_object('product_id', b.product_id, 'name', p.name,
                                                       'quantity_sold', b.quantity_sold,
                                                       'revenue', b.revenue::text)
                                     ORDER BY b.quantity_sold DESC, b.revenue DESC, b.product_id), '[]')
              FROM best b JOIN products p ON p.id = b.product_id) AS top_products
)
SELECT s.*, r.*
FROM stats s
LEFT JOIN LATERAL (SELECT )SQL",
                                  orders::kOrderColumns, R"SQL(
                   FROM orders ORDER BY created_at DESC, id DESC LIMIT $4::bigint) r ON true
ORDER BY r.created_at DESC, r.id DESC)SQL"}};

constexpr std::string_view kOrderWhere =
    " WHERE ($1::text IS NULL OR status = $1::text)"
    " AND ($2::text IS NULL OR order_number ILIKE $2::text OR customer_email ILIKE $2::text)";

const db::JoinedStatement kCountOrders{"admin_count_orders", {"SELECT count(*) AS total FROM orders", kOrderWhere}};

const db::JoinedStatement kFindOrders{"admin_find_orders",
                                      {"SELECT ", orders::kOrderColumns, " FROM orders", kOrderWhere,
                                       " ORDER BY created_at DESC, id DESC LIMIT $3 OFFSET $4"}};

const db::JoinedStatement kOrderItems{"admin_order_items",
                                      {"SELECT ", orders::kOrderItemColumns,
                                       " FROM order_items WHERE order_id = ANY($1::bigint[]) ORDER BY order_id, id"}};

constexpr db::Statement kDeclareExport{"admin_declare_export", R"SQL(
DECLARE admin_orders_export NO SCROLL CURSOR FOR
SELECT o.order_number, o.created_at, o.status, o.customer_name, o.customer_email,
       i.product_name, i.variant_title, i.product_sku, i.quantity, i.price,
       o.discount_code, o.discount_amount, o.total_amount,
       row_number() OVER (PARTITION BY o.id ORDER BY i.id) = 1 AS first_of_order
FROM orders o JOIN order_items i ON i.order_id = o.id
WHERE ($1::text IS NULL OR o.status = $1::text)
  AND ($2::date IS NULL OR o.created_at >= $2::date)
  AND ($3::date IS NULL OR o.created_at < $3::date + 1)
ORDER BY o.created_at, o.id, i.id)SQL"};

const db::JoinedStatement kFetchExport{"admin_fetch_export",
                                       {"FETCH ", std::to_string(kExportBatch), " FROM admin_orders_export"}};

constexpr std::string_view kUserWhere = " WHERE $1::text IS NULL OR email ILIKE $1::text OR full_name ILIKE $1::text";

const db::JoinedStatement kCountUsers{"admin_count_users", {"SELECT count(*) AS total FROM users", kUserWhere}};

const db::JoinedStatement kFindUsers{"admin_find_users",
                                     {"SELECT ", auth::kUserColumns, " FROM users", kUserWhere,
                                      " ORDER BY created_at DESC, id DESC LIMIT $2 OFFSET $3"}};

const db::JoinedStatement kUpdateUser{"admin_update_user",
                                      {R"SQL(
UPDATE users
SET role = coalesce($2::text, role),
    is_active = coalesce($3::boolean, is_active),
    updated_at = CASE WHEN role IS DISTINCT FROM coalesce($2::text, role)
                        OR is_active IS DISTINCT FROM coalesce($3::boolean, is_active)
                      THEN now() ELSE updated_at END
WHERE id = $1
RETURNING )SQL",
                                       auth::kUserColumns}};

std::optional<std::string> StatusParam(const std::optional<orders::OrderStatus>& status) {
  if (!status) return std::nullopt;
  return std::string(orders::ToString(*status));
}

std::optional<std::string> SearchParam(const std::optional<std::string>& search) {
  if (!search) return std::nullopt;
  return text::ContainsPattern(*search);
}

Money ParseAmount(const nlohmann::json& text) {
  auto money = Money::Parse(text.get<std::string>());
  if (!money) throw db::BadValue("revenue");
  return *money;
}

}  // namespace

DashboardStats LoadStats(db::Connection& conn, std::int64_t days) {
  const auto rows = conn.Exec(kStats, {days, kLowStockThreshold, kTopProducts, kRecentOrders});
  const auto first = rows.front();
  DashboardStats stats;
  stats.total_users = first.Int("total_users");
  stats.total_products = first.Int("total_products");
  stats.active_products = first.Int("active_products");
  stats.total_orders = first.Int("total_orders");
  stats.total_revenue = first.GetMoney("total_revenue");
  stats.pending_orders = first.Int("pending_orders");
  stats.low_stock_products = first.Int("low_stock_products");

  const auto by_status = nlohmann::json::parse(first.Text("orders_by_status"));
  for (std::size_t i = 0; i < std::size(orders::kStatusNames); ++i) {
    const std::string name(orders::kStatusNames[i]);
    stats.orders_by_status.push_back(
        {static_cast<orders::OrderStatus>(i), by_status.contains(name) ? by_status[name].get<std::int64_t>() : 0});
  }
  for (const auto& day : nlohmann::json::parse(first.Text("revenue_by_day"))) {
    stats.revenue_by_day.push_back(
        {day["date"].get<std::string>(), day["orders"].get<std::int64_t>(), ParseAmount(day["revenue"])});
  }
  for (const auto& product : nlohmann::json::parse(first.Text("top_products"))) {
    stats.top_products.push_back({product["product_id"].get<std::int64_t>(), product["name"].get<std::string>(),
                                  product["quantity_sold"].get<std::int64_t>(), ParseAmount(product["revenue"])});
  }
  for (const auto row : rows) {
    if (!row.IsNull("id")) stats.recent_orders.push_back(orders::OrderFromRow(row));
  }
  return stats;
}

std::int64_t CountOrders(db::Connection& conn, const OrderFilter& filter) {
  return conn.Exec(kCountOrders, {StatusParam(filter.status), SearchParam(filter.search)}).front().Int("total");
}

std::vector<orders::Order> FindOrders(db::Connection& conn, const OrderFilter& filter, std::int64_t limit,
                                      std::int64_t offset) {
  std::vector<orders::Order> found;
  for (const auto row :
       conn.Exec(kFindOrders, {StatusParam(filter.status), SearchParam(filter.search), limit, offset})) {
    found.push_back(orders::OrderFromRow(row));
  }
  return found;
}

void LoadItems(db::Connection& conn, std::vector<orders::Order>& orders) {
  if (orders.empty()) return;
  std::unordered_map<std::int64_t, orders::Order*> by_id;
  std::string ids = "{";
  for (auto& order : orders) {
    if (ids.size() > 1) ids += ',';
    ids += std::to_string(order.id);
    by_id[order.id] = &order;
  }
  ids += '}';
  for (const auto row : conn.Exec(kOrderItems, {ids})) {
    by_id.at(row.Int("order_id"))->items.push_back(orders::OrderItemFromRow(row));
  }
}

void OpenExportCursor(db::Connection& conn, const ExportFilter& filter) {
  conn.Exec(kDeclareExport, {StatusParam(filter.status), filter.from, filter.to});
}

std::vector<ExportLine> FetchExportLines(db::Connection& conn) {
  std::vector<ExportLine> lines;
  const auto rows = conn.Exec(kFetchExport);
  lines.reserve(static_cast<std::size_t>(rows.size()));
  for (const auto row : rows) {
    lines.push_back({row.String("order_number"), row.Timestamp("created_at"), row.String("status"),
                     row.String("customer_name"), row.String("customer_email"), row.String("product_name"),
                     row.OptString("variant_title").value_or(""), row.String("product_sku"), row.Int("quantity"),
                     row.GetMoney("price"), row.OptString("discount_code").value_or(""),
                     row.GetMoney("discount_amount"), row.GetMoney("total_amount"), row.Bool("first_of_order")});
  }
  return lines;
}

std::int64_t CountUsers(db::Connection& conn, const std::optional<std::string>& search) {
  return conn.Exec(kCountUsers, {SearchParam(search)}).front().Int("total");
}

std::vector<auth::User> FindUsers(db::Connection& conn, const std::optional<std::string>& search, std::int64_t limit,
                                  std::int64_t offset) {
  std::vector<auth::User> found;
  for (const auto row : conn.Exec(kFindUsers, {SearchParam(search), limit, offset})) {
    found.push_back(auth::UserFromRow(row));
  }
  return found;
}

std::optional<auth::User> UpdateUser(db::Connection& conn, std::int64_t user_id, const UserChange& change) {
  return conn.Exec(kUpdateUser, {user_id, change.role, change.is_active}).First(auth::UserFromRow);
}

}  // namespace shop::admin::store

// The back office's types: dashboard statistics and their JSON, the filters of the order and user
// lists and of the CSV export, and the change an admin may make to a user.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/money.hpp"
#include "common/page.hpp"
#include "orders/orders.hpp"

namespace shop::admin {

// Active products with this many or fewer in stock count as low on stock.
inline constexpr std::int64_t kLowStockThreshold = 5;
// How many products the dashboard ranks, and how many recent orders it shows.
inline constexpr std::int64_t kTopProducts = 5;
inline constexpr std::int64_t kRecentOrders = 5;

struct StatusCount {
  orders::OrderStatus status = orders::OrderStatus::kPending;
  std::int64_t orders = 0;
};

// One UTC day of the dashboard's window; cancelled orders are left out.
struct DayRevenue {
  std::string date;  // "YYYY-MM-DD"
  std::int64_t orders = 0;
  Money revenue;
};

// A best seller over every order that was not cancelled.
struct TopProduct {
  std::int64_t product_id = 0;
  std::string name;
  std::int64_t quantity_sold = 0;
  Money revenue;
};

struct DashboardStats {
  std::int64_t total_users = 0;
  std::int64_t total_products = 0;
  std::int64_t active_products = 0;
  std::int64_t total_orders = 0;
  Money total_revenue;  // every order that is not cancelled
  std::int64_t pending_orders = 0;
  std::int64_t low_stock_products = 0;
  std::vector<StatusCount> orders_by_status;  // every status, in lifecycle order, zeros included
  std::vector<DayRevenue> revenue_by_day;     // one per day of the window, oldest first
  std::vector<TopProduct> top_products;       // by quantity sold, at most kTopProducts
  std::vector<orders::Order> recent_orders;   // the newest, without items
};

// The stats object of API.md; money as JSON numbers.
nlohmann::json ToJson(const DashboardStats& stats);

// GET /api/admin/orders: both filters optional.
struct OrderFilter {
  std::optional<orders::OrderStatus> status;
  std::optional<std::string> search;  // part of the order number or customer email, any case
};

// GET /api/admin/orders/export.csv: dates are inclusive UTC days, "YYYY-MM-DD".
struct ExportFilter {
  std::optional<orders::OrderStatus> status;
  std::optional<std::string> from;
  std::optional<std::string> to;
};

// PUT /api/admin/users/{id}: what is absent stays as it is.
struct UserChange {
  std::optional<std::string> role;  // "customer" or "admin"
  std::optional<bool> is_active;
};

}  // namespace shop::admin

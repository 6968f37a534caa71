#include "admin/admin.hpp"

#include <chrono>

namespace shop::admin {

nlohmann::json ToJson(const DashboardStats& stats) {
  nlohmann::json by_status = nlohmann::json::object();
  for (const auto& entry : stats.orders_by_status)
    by_status[std::string(orders::ToString(entry.status))] = entry.orders;

  nlohmann::json by_day = nlohmann::json::array();
  for (const auto& day : stats.revenue_by_day) {
    by_day.push_back({{"date", day.date}, {"orders", day.orders}, {"revenue", day.revenue.ToDouble()}});
  }

  nlohmann::json top = nlohmann::json::array();
  for (const auto& product : stats.top_products) {
    top.push_back({{"product_id", product.product_id},
                   {"name", product.name},
                   {"quantity_sold", product.quantity_sold},
                   {"revenue", product.revenue.ToDouble()}});
  }

  nlohmann::json recent = nlohmann::json::array();
  for (const auto& order : stats.recent_orders) recent.push_back(orders::ToJson(order, /*with_items=*/false));

  return {{"total_users", stats.total_users},
          {"total_products", stats.total_products},
          {"active_products", stats.active_products},
          {"total_orders", stats.total_orders},
          {"total_revenue", stats.total_revenue.ToDouble()},
          {"pending_orders", stats.pending_orders},
          {"low_stock_products", stats.low_stock_products},
          {"orders_by_status", std::move(by_status)},
          {"revenue_by_day", std::move(by_day)},
          {"top_products", std::move(top)},
          {"recent_orders", std::move(recent)}};
}

std::string ContainsPattern(std::string_view text) {
  std::string pattern = "%";
  for (char c : text) {
    if (c == '%' || c == '_' || c == '\\') pattern += '\\';
    pattern += c;
  }
  pattern += '%';
  return pattern;
}

bool IsIsoDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  int parts[3] = {0, 0, 0};
  const std::size_t starts[3] = {0, 5, 8};
  const std::size_t lengths[3] = {4, 2, 2};
  for (int p = 0; p < 3; ++p) {
    for (std::size_t i = starts[p]; i < starts[p] + lengths[p]; ++i) {
      if (text[i] < '0' || text[i] > '9') return false;
      parts[p] = parts[p] * 10 + (text[i] - '0');
    }
  }
  if (parts[0] == 0) return false;
  const std::chrono::year_month_day date{std::chrono::year(parts[0]),
                                         std::chrono::month(static_cast<unsigned>(parts[1])),
                                         std::chrono::day(static_cast<unsigned>(parts[2]))};
  return date.ok();
}

}  // namespace shop::admin

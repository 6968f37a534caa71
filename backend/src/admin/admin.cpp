#include "admin/admin.hpp"

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

}  // namespace shop::admin

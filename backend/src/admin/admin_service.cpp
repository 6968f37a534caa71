#include "admin/admin_service.hpp"

#include "admin/admin_store.hpp"
#include "admin/csv.hpp"
#include "auth/sessions.hpp"

namespace shop::admin {

Status CheckSelfChange(std::int64_t actor_id, std::int64_t user_id, const UserChange& change) {
  if (actor_id != user_id) return Ok{};
  if (change.role && *change.role != "admin") return BadRequest("You cannot remove your own admin role");
  if (change.is_active && !*change.is_active) return BadRequest("You cannot deactivate your own account");
  return Ok{};
}

DashboardStats AdminService::Stats(std::int64_t days) {
  auto lease = db_.Acquire();
  return store::LoadStats(*lease, days);
}

Page<orders::Order> AdminService::ListOrders(const OrderFilter& filter, std::int64_t limit, std::int64_t offset) {
  auto lease = db_.Acquire();
  Page<orders::Order> page;
  page.total = store::CountOrders(*lease, filter);
  if (offset < page.total) {
    page.items = store::FindOrders(*lease, filter, limit, offset);
    store::LoadItems(*lease, page.items);
  }
  return page;
}

std::string AdminService::ExportOrdersCsv(const ExportFilter& filter) {
  std::string csv;
  AppendCsvRow(csv, {"Order number", "Date", "Status", "Customer", "Email", "Product", "SKU", "Quantity", "Price",
                     "Line total", "Variant", "Discount code", "Order discount", "Order total"});
  auto lease = db_.Acquire();
  // One snapshot for the whole export; the cursor lives as long as this transaction.
  db::Transaction tx(*lease, "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY");
  store::OpenExportCursor(*lease, filter);
  for (auto lines = store::FetchExportLines(*lease); !lines.empty(); lines = store::FetchExportLines(*lease)) {
    for (const auto& line : lines) {
      const std::string quantity = std::to_string(line.quantity);
      const std::string price = line.price.ToString();
      const std::string line_total = (line.price * line.quantity).ToString();
      const std::string discount = line.first_of_order ? line.discount_amount.ToString() : "";
      const std::string total = line.first_of_order ? line.total_amount.ToString() : "";
      AppendCsvRow(csv, {line.order_number, line.created_at, line.status, line.customer_name, line.customer_email,
                         line.product_name, line.product_sku, quantity, price, line_total, line.variant_title,
                         line.first_of_order ? line.discount_code : "", discount, total});
    }
  }
  tx.Commit();
  return csv;
}

Page<auth::User> AdminService::ListUsers(const std::optional<std::string>& search, std::int64_t limit,
                                         std::int64_t offset) {
  auto lease = db_.Acquire();
  Page<auth::User> page;
  page.total = store::CountUsers(*lease, search);
  if (offset < page.total) page.items = store::FindUsers(*lease, search, limit, offset);
  return page;
}

Result<auth::User> AdminService::UpdateUser(std::int64_t actor_id, std::int64_t user_id, const UserChange& change) {
  if (auto allowed = CheckSelfChange(actor_id, user_id, change); !allowed) return std::move(allowed).error();
  std::optional<auth::User> user;
  {
    auto lease = db_.Acquire();
    db::Transaction tx(*lease);
    user = store::UpdateUser(*lease, user_id, change);
    if (!user) return NotFound("User not found");
    if (change.is_active && !*change.is_active) auth::RevokeUserSessions(*lease, user_id);
    tx.Commit();
  }
  // After the commit, so that the next request of this user reads the new role and status.
  authenticator_.Forget(user_id);
  return *std::move(user);
}

}  // namespace shop::admin

// The back office's SQL: the dashboard's aggregates, the order and user lists, the export cursor
// and the change of a user's role or active flag.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "admin/admin.hpp"
#include "auth/user.hpp"
#include "db/connection.hpp"
#include "orders/orders.hpp"

namespace shop::admin::store {

// Every function below throws db::Unavailable on an outage and db::QueryError when PostgreSQL
// refuses a statement (a bug: inputs are validated before they come here).

// Every figure of the dashboard for a window of `days` UTC days ending today, in one statement.
DashboardStats LoadStats(db::Connection& conn, std::int64_t days);

std::int64_t CountOrders(db::Connection& conn, const OrderFilter& filter);
// A page of orders, newest first, without their items.
std::vector<orders::Order> FindOrders(db::Connection& conn, const OrderFilter& filter, std::int64_t limit,
                                      std::int64_t offset);
// Fills in the items of every order given, in one query.
void LoadItems(db::Connection& conn, std::vector<orders::Order>& orders);

// One line of the export: an order item with what the CSV shows of its order.
struct ExportLine {
  std::string order_number;
  std::string created_at;  // ISO-8601 UTC
  std::string status;
  std::string customer_name;
  std::string customer_email;
  std::string product_name;
  std::string variant_title;  // empty for a product without variants
  std::string product_sku;
  std::int64_t quantity = 0;
  Money price;
  // The order's own figures, which the CSV shows on its first line only (so column sums are right).
  std::string discount_code;  // empty when the order used none
  Money discount_amount;
  Money total_amount;
  bool first_of_order = false;
};

// Opens the export's server-side cursor over the matching order items, oldest order first.
// Must run inside a transaction, which the cursor lives as long as.
void OpenExportCursor(db::Connection& conn, const ExportFilter& filter);
// How many lines one FETCH from the export cursor reads.
inline constexpr int kExportBatch = 1000;
// The next batch of at most kExportBatch lines from the cursor; empty at the end.
std::vector<ExportLine> FetchExportLines(db::Connection& conn);

std::int64_t CountUsers(db::Connection& conn, const std::optional<std::string>& search);
// A page of users, newest first; `search` matches part of the email or full name, any case.
std::vector<auth::User> FindUsers(db::Connection& conn, const std::optional<std::string>& search, std::int64_t limit,
                                  std::int64_t offset);
// Applies the change (updated_at moves only when something changed); nullopt for an unknown user.
std::optional<auth::User> UpdateUser(db::Connection& conn, std::int64_t user_id, const UserChange& change);

}  // namespace shop::admin::store

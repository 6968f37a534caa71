// The back office's rules: the dashboard, the order and user lists, the CSV export of order
// lines, and changing a user's role or active flag without locking oneself out.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

#include "admin/admin.hpp"
#include "admin/stats_cache.hpp"
#include "auth/authenticator.hpp"
#include "auth/user.hpp"
#include "common/errors.hpp"
#include "db/pool.hpp"
#include "orders/orders.hpp"

namespace shop::admin {

// 400 when an admin would take away their own admin role or deactivate themself; Ok otherwise.
Status CheckSelfChange(std::int64_t actor_id, std::int64_t user_id, const UserChange& change);

// How old a dashboard kept in memory grows, when nothing the API wrote changed it, before a request
// reads it again (the others are served it meanwhile): the bound on how late the dashboard shows
// changes made around the API, and a window's move past midnight.
inline constexpr std::chrono::seconds kStatsMaxAge{30};

class AdminService {
 public:
  AdminService(db::Pool& db, auth::Authenticator& authenticator, StatsCache& stats_cache)
      : db_(db), authenticator_(authenticator), stats_cache_(stats_cache) {}

  // Every function below throws db::Unavailable when the database is down.

  // The dashboard over a window of `days` UTC days ending today (1..365, checked by the caller).
  DashboardStats Stats(std::int64_t days);
  // The rendered dashboards, per window.
  StatsCache& stats_cache() { return stats_cache_; }
  // A page of orders, newest first, each with its items.
  Page<orders::Order> ListOrders(const OrderFilter& filter, std::int64_t limit, std::int64_t offset);
  // The CSV of every order item that matches: a header row, then one row per item. Read through
  // a server-side cursor in batches, so the database result held in memory stays bounded.
  std::string ExportOrdersCsv(const ExportFilter& filter);
  // A page of users, newest first.
  Page<auth::User> ListUsers(const std::optional<std::string>& search, std::int64_t limit, std::int64_t offset);
  // Changes a user on behalf of admin `actor_id`: 400 for a change of oneself CheckSelfChange
  // refuses, 404 for an unknown user. Deactivating ends the user's sessions in the same
  // transaction, and their access tokens are refused from the moment this returns.
  Result<auth::User> UpdateUser(std::int64_t actor_id, std::int64_t user_id, const UserChange& change);

 private:
  db::Pool& db_;
  auth::Authenticator& authenticator_;
  StatsCache& stats_cache_;
};

}  // namespace shop::admin

// SQL of back-in-stock alerts. Every function throws db::Unavailable on an outage and
// db::QueryError on a failed statement.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "common/page.hpp"
#include "db/connection.hpp"
#include "stock_alerts/stock_alerts.hpp"

namespace shop::stock_alerts::store {

// An active product's stock; nullopt for an unknown or inactive one.
std::optional<std::int64_t> StockOf(db::Connection& connection, std::int64_t product_id);
bool IsSubscribed(db::Connection& connection, std::int64_t user_id, std::int64_t product_id);
// An active product's stock, locked against a restock until the transaction ends (so none can
// slip between this check and the alert), and whether the user's address is verified.
struct SubscribeCheck {
  std::int64_t stock = 0;
  bool verified = false;
};
std::optional<SubscribeCheck> LockForSubscribe(db::Connection& connection, std::int64_t user_id,
                                               std::int64_t product_id);
// False when the alert was already there.
bool AddAlert(db::Connection& connection, std::int64_t user_id, std::int64_t product_id);
void Unsubscribe(db::Connection& connection, std::int64_t user_id, std::int64_t product_id);

// Ends the alerts of those of `product_ids` now in stock and returns them, with verified
// accounts only (an unverified address is never mailed; its alert ends all the same).
std::vector<DueAlert> TakeDue(db::Connection& connection, const std::vector<std::int64_t>& product_ids);

struct Waiting {
  std::int64_t product_id = 0;
  std::string product_name;
  std::string product_slug;
  std::int64_t stock_quantity = 0;
  std::int64_t waiting = 0;
  std::string oldest_at;
};
Page<Waiting> ListWaiting(db::Connection& connection, std::int64_t limit, std::int64_t offset);

}  // namespace shop::stock_alerts::store

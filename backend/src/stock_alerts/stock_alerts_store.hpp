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

// What an alert waits for: an active product, or one variant of it, and its stock now.
struct Target {
  std::int64_t stock = 0;
  bool has_variants = false;   // the product's; then an alert names one of its variants
  bool variant_found = false;  // the variant asked for is the product's
  bool verified = false;       // the user's address (LockForSubscribe only)
};
// The target; nullopt for an unknown or inactive product.
std::optional<Target> FindTarget(db::Connection& connection, const Wanted& wanted);
bool IsSubscribed(db::Connection& connection, std::int64_t user_id, const Wanted& wanted);
// The target, its product's row locked against a change of stock until the transaction ends (so
// no restock can slip between this check and the alert), and whether the user's address is verified.
std::optional<Target> LockForSubscribe(db::Connection& connection, std::int64_t user_id, const Wanted& wanted);
// False when the alert was already there.
bool AddAlert(db::Connection& connection, std::int64_t user_id, const Wanted& wanted);
void Unsubscribe(db::Connection& connection, std::int64_t user_id, const Wanted& wanted);

// Ends the alerts of `product_ids` (and of their variants) whose product or variant is now in
// stock, and returns them, with verified accounts only (an unverified address is never mailed; its
// alert ends all the same).
std::vector<DueAlert> TakeDue(db::Connection& connection, const std::vector<std::int64_t>& product_ids);

struct Waiting {
  std::int64_t product_id = 0;
  std::string product_name;
  std::string product_slug;
  std::optional<std::int64_t> variant_id;
  std::optional<std::string> variant_title;
  std::int64_t stock_quantity = 0;
  std::int64_t waiting = 0;
  std::string oldest_at;
};
Page<Waiting> ListWaiting(db::Connection& connection, std::int64_t limit, std::int64_t offset);

}  // namespace shop::stock_alerts::store

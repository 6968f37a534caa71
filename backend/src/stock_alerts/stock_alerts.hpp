// Back-in-stock alerts: a customer waiting for a sold-out product, and the one email each waiting
// customer gets when its stock comes back, sent from the transaction that brought it back.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "db/connection.hpp"
#include "mail/outbox.hpp"

namespace shop::stock_alerts {

// What a customer waits for: a product, or one variant of it.
struct Wanted {
  std::int64_t product_id = 0;
  std::optional<std::int64_t> variant_id;
};

// An alert due: who waited (their account's address) and for what.
struct DueAlert {
  std::string email;
  std::string full_name;
  std::string product_name;  // with the variant's title: "T-shirt (M / Red)"
  std::string product_slug;
};

// The email telling a customer the product they waited for is back, with a link to
// {frontend_url}/products/{slug}.
mail::Message BackInStockEmail(const DueAlert& alert, const std::string& frontend_url);

// What a writer of stock calls, inside its transaction, for the products whose stock it may have
// brought back from zero: every alert of those now in stock ends, and its email goes into the
// outbox, both committed (or rolled back) with the change.
class RestockNotifier {
 public:
  explicit RestockNotifier(std::string frontend_url) : frontend_url_(std::move(frontend_url)) {}
  // Returns how many emails it queued.
  std::int64_t Restocked(db::Connection& connection, const std::vector<std::int64_t>& product_ids) const;

 private:
  const std::string frontend_url_;
};

}  // namespace shop::stock_alerts

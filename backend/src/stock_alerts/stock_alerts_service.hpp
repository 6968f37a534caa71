// The customer's side of back-in-stock alerts: an alert is asked for only while the product is
// sold out, and only with a verified address to send it to. Every method throws db::Unavailable
// when the database cannot be reached.
#pragma once

#include <cstdint>

#include "common/errors.hpp"
#include "common/page.hpp"
#include "db/pool.hpp"
#include "stock_alerts/stock_alerts_store.hpp"

namespace shop::stock_alerts {

class StockAlertService {
 public:
  explicit StockAlertService(db::Pool& db) : db_(db) {}

  // Whether the user waits for the product (or variant); 404 for an unknown or inactive product,
  // 422 at query.variant_id without a variant of a product with variants, or with one not its own.
  Result<bool> IsSubscribed(std::int64_t user_id, const Wanted& wanted);
  // True when added, false when it was there already; 404 and 422 as IsSubscribed, 409 while the
  // product (or variant) is in stock, 403 for an unverified address.
  Result<bool> Subscribe(std::int64_t user_id, const Wanted& wanted);
  void Unsubscribe(std::int64_t user_id, const Wanted& wanted);
  // The back office: products with customers waiting, the most waited-for first.
  Page<store::Waiting> ListWaiting(std::int64_t limit, std::int64_t offset);

 private:
  db::Pool& db_;
};

}  // namespace shop::stock_alerts

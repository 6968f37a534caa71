#include "stock_alerts/stock_alerts_service.hpp"

namespace shop::stock_alerts {
namespace {

Error NoSuchProduct() { return NotFound("Product not found"); }

}  // namespace

Result<bool> StockAlertService::IsSubscribed(std::int64_t user_id, std::int64_t product_id) {
  auto connection = db_.Acquire();
  if (!store::StockOf(*connection, product_id)) return NoSuchProduct();
  return store::IsSubscribed(*connection, user_id, product_id);
}

Result<bool> StockAlertService::Subscribe(std::int64_t user_id, std::int64_t product_id) {
  auto connection = db_.Acquire();
  db::Transaction transaction(*connection);
  const auto check = store::LockForSubscribe(*connection, user_id, product_id);
  if (!check) return NoSuchProduct();
  if (check->stock > 0) return Conflict("This product is in stock: you can order it now");
  if (!check->verified) return Forbidden("Verify your email address first: the alert is sent to it");
  const bool added = store::AddAlert(*connection, user_id, product_id);
  transaction.Commit();
  return added;
}

void StockAlertService::Unsubscribe(std::int64_t user_id, std::int64_t product_id) {
  store::Unsubscribe(*db_.Acquire(), user_id, product_id);
}

Page<store::Waiting> StockAlertService::ListWaiting(std::int64_t limit, std::int64_t offset) {
  return store::ListWaiting(*db_.Acquire(), limit, offset);
}

}  // namespace shop::stock_alerts

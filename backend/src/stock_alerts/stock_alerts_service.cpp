#include "stock_alerts/stock_alerts_service.hpp"

#include "variants/variants.hpp"

namespace shop::stock_alerts {
namespace {

// 404 without an active product, 422 when the variant named (or not) does not fit it.
Status CheckTarget(const std::optional<store::Target>& target, const Wanted& wanted) {
  if (!target) return NotFound("Product not found");
  return variants::CheckChoice({"query", "variant_id"}, target->has_variants, wanted.variant_id.has_value(),
                               target->variant_found);
}

}  // namespace

Result<bool> StockAlertService::IsSubscribed(std::int64_t user_id, const Wanted& wanted) {
  auto connection = db_.Acquire();
  if (auto fits = CheckTarget(store::FindTarget(*connection, wanted), wanted); !fits) return std::move(fits).error();
  return store::IsSubscribed(*connection, user_id, wanted);
}

Result<bool> StockAlertService::Subscribe(std::int64_t user_id, const Wanted& wanted) {
  auto connection = db_.Acquire();
  db::Transaction transaction(*connection);
  const auto target = store::LockForSubscribe(*connection, user_id, wanted);
  if (auto fits = CheckTarget(target, wanted); !fits) return std::move(fits).error();
  if (target->stock > 0) return Conflict("This product is in stock: you can order it now");
  if (!target->verified) return Forbidden("Verify your email address first: the alert is sent to it");
  const bool added = store::AddAlert(*connection, user_id, wanted);
  transaction.Commit();
  return added;
}

void StockAlertService::Unsubscribe(std::int64_t user_id, const Wanted& wanted) {
  store::Unsubscribe(*db_.Acquire(), user_id, wanted);
}

Page<store::Waiting> StockAlertService::ListWaiting(std::int64_t limit, std::int64_t offset) {
  return store::ListWaiting(*db_.Acquire(), limit, offset);
}

}  // namespace shop::stock_alerts

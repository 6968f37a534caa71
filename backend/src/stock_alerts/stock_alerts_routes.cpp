#include "stock_alerts/stock_alerts_routes.hpp"

#include <limits>

#include "http/json_or_null.hpp"
#include "http/validation.hpp"

namespace shop::stock_alerts {
namespace {

nlohmann::json Subscribed(bool subscribed) { return {{"subscribed", subscribed}}; }

// The product of the path and the variant of ?variant_id=, when given.
Result<Wanted> ReadWanted(const http::Request& request) {
  http::Fields fields;
  Wanted wanted{fields.PathId(request, "id"),
                fields.OptQueryInt(request, "variant_id", 1, std::numeric_limits<std::int64_t>::max())};
  if (auto valid = fields.Finish(); !valid) return std::move(valid).error();
  return wanted;
}

}  // namespace

Result<http::Response> ShowStockAlert(StockAlertService& service, const http::Request& request) {
  SHOP_TRY(wanted, ReadWanted(request));
  SHOP_TRY(subscribed, service.IsSubscribed(request.Caller().user_id, *wanted));
  return http::Response::Json(200, Subscribed(*subscribed));
}

Result<http::Response> AddStockAlert(StockAlertService& service, const http::Request& request) {
  SHOP_TRY(wanted, ReadWanted(request));
  SHOP_TRY(added, service.Subscribe(request.Caller().user_id, *wanted));
  return http::Response::Json(*added ? 201 : 200, Subscribed(true));
}

Result<http::Response> RemoveStockAlert(StockAlertService& service, const http::Request& request) {
  SHOP_TRY(wanted, ReadWanted(request));
  service.Unsubscribe(request.Caller().user_id, *wanted);
  return http::Response::NoContent();
}

Result<http::Response> ListWaitingAlerts(StockAlertService& service, const http::Request& request) {
  SHOP_TRY(page, http::ReadPage(request));
  return http::PageResponse(service.ListWaiting(page->size, page->offset()), *page, [](const store::Waiting& waiting) {
    return nlohmann::json{{"product_id", waiting.product_id},
                          {"product_name", waiting.product_name},
                          {"product_slug", waiting.product_slug},
                          {"variant_id", http::OrNull(waiting.variant_id)},
                          {"variant_title", http::OrNull(waiting.variant_title)},
                          {"stock_quantity", waiting.stock_quantity},
                          {"waiting", waiting.waiting},
                          {"oldest_at", waiting.oldest_at}};
  });
}

}  // namespace shop::stock_alerts

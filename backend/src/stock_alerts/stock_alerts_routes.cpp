#include "stock_alerts/stock_alerts_routes.hpp"

#include "http/validation.hpp"

namespace shop::stock_alerts {
namespace {

nlohmann::json Subscribed(bool subscribed) { return {{"subscribed", subscribed}}; }

}  // namespace

Result<http::Response> ShowStockAlert(StockAlertService& service, const http::Request& request) {
  SHOP_TRY(product_id, http::PathId(request, "id"));
  SHOP_TRY(subscribed, service.IsSubscribed(request.Caller().user_id, *product_id));
  return http::Response::Json(200, Subscribed(*subscribed));
}

Result<http::Response> AddStockAlert(StockAlertService& service, const http::Request& request) {
  SHOP_TRY(product_id, http::PathId(request, "id"));
  SHOP_TRY(added, service.Subscribe(request.Caller().user_id, *product_id));
  return http::Response::Json(*added ? 201 : 200, Subscribed(true));
}

Result<http::Response> RemoveStockAlert(StockAlertService& service, const http::Request& request) {
  SHOP_TRY(product_id, http::PathId(request, "id"));
  service.Unsubscribe(request.Caller().user_id, *product_id);
  return http::Response::NoContent();
}

Result<http::Response> ListWaitingAlerts(StockAlertService& service, const http::Request& request) {
  SHOP_TRY(page, http::ReadPage(request));
  return http::PageResponse(service.ListWaiting(page->size, page->offset()), *page, [](const store::Waiting& waiting) {
    return nlohmann::json{{"product_id", waiting.product_id},     {"product_name", waiting.product_name},
                          {"product_slug", waiting.product_slug}, {"stock_quantity", waiting.stock_quantity},
                          {"waiting", waiting.waiting},           {"oldest_at", waiting.oldest_at}};
  });
}

}  // namespace shop::stock_alerts

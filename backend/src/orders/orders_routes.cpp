#include "orders/orders_routes.hpp"

#include <algorithm>
#include <cctype>

#include "http/validation.hpp"

namespace shop::orders {
namespace {

constexpr std::size_t kMaxIdempotencyKeyLength = 255;

Result<http::Response> OrderResponse(Result<Order> order) {
  return http::Respond(std::move(order), 200, [](const Order& value) { return ToJson(value); });
}

// The Idempotency-Key header: absent, or 1..255 visible ASCII characters (a 422 otherwise).
Result<std::optional<std::string>> IdempotencyKey(const http::Request& request) {
  const std::string_view key = request.Header("idempotency-key");
  if (key.empty()) return std::optional<std::string>();
  const bool visible = std::all_of(key.begin(), key.end(), [](char c) { return c > ' ' && c < 127; });
  if (key.size() > kMaxIdempotencyKeyLength || !visible) {
    return InvalidField({"header", "Idempotency-Key"}, "Idempotency-Key should be 1 to 255 visible ASCII characters",
                        "string_pattern_mismatch");
  }
  return std::optional<std::string>(std::string(key));
}

Result<CheckoutDetails> ParseCheckout(const nlohmann::json& body) {
  http::Fields fields(body);
  CheckoutDetails details;
  details.customer_name = fields.String("customer_name", {.max_length = 200});
  details.customer_email = fields.Email("customer_email");
  details.customer_phone = fields.OptPhone("customer_phone");
  details.shipping_address = fields.String("shipping_address", {.max_length = 500});
  details.shipping_city = fields.String("shipping_city", {.max_length = 100});
  details.shipping_state = fields.OptString("shipping_state", {.max_length = 100});
  details.shipping_postal_code = fields.String("shipping_postal_code", {.max_length = 20});
  details.shipping_country = fields.String("shipping_country", {.min_length = 2, .max_length = 100});
  details.notes = fields.OptString("notes", {.max_length = 1000});
  if (auto status = fields.Finish(); !status) return std::move(status).error();
  return details;
}

}  // namespace

Result<http::Response> PlaceOrder(OrderService& service, const http::Request& request) {
  SHOP_TRY(key, IdempotencyKey(request));
  SHOP_TRY(body, http::ParseJsonBody(request));
  SHOP_TRY(details, ParseCheckout(*body));
  SHOP_TRY(receipt, service.Checkout(request.Caller().user_id, *details, *key));
  http::Response response;
  response.status = receipt->status;
  response.body = std::move(receipt->body);
  if (receipt->replayed) response.WithHeader("Idempotent-Replayed", "true");
  return response;
}

Result<http::Response> ListOrders(OrderService& service, const http::Request& request) {
  http::Fields fields;
  const auto page = fields.Page(request);
  if (auto status = fields.Finish(); !status) return status.error();
  return http::PageResponse(service.List(request.Caller().user_id, page.size, page.offset()), page,
                            [](const auto& order) { return ToJson(order); });
}

Result<http::Response> ShowOrder(OrderService& service, const http::Request& request) {
  SHOP_TRY(order_id, http::PathId(request, "id"));
  const auto& caller = request.Caller();
  return OrderResponse(service.Get(*order_id, caller.user_id, caller.IsAdmin()));
}

Result<http::Response> UpdateOrderStatus(OrderService& service, const http::Request& request) {
  SHOP_TRY(order_id, http::PathId(request, "id"));
  SHOP_TRY(status_name, http::ReadJsonBody(request, [](http::Fields& fields) {
             return fields.OneOf("status",
                                 {kStatusNames[0], kStatusNames[1], kStatusNames[2], kStatusNames[3], kStatusNames[4]});
           }));
  return OrderResponse(
      service.ChangeStatus(*order_id, *ParseStatus(*status_name), request.Caller().user_id, Actor::kAdmin));
}

Result<http::Response> CancelOrder(OrderService& service, const http::Request& request) {
  SHOP_TRY(order_id, http::PathId(request, "id"));
  const auto& caller = request.Caller();
  return OrderResponse(service.ChangeStatus(*order_id, OrderStatus::kCancelled, caller.user_id,
                                            caller.IsAdmin() ? Actor::kAdmin : Actor::kOwner));
}

}  // namespace shop::orders

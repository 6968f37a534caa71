#include "cart/cart_routes.hpp"

#include <limits>
#include <string>

#include "http/validation.hpp"

namespace shop::cart {
namespace {

constexpr std::int64_t kMaxId = std::numeric_limits<std::int64_t>::max();
// More than any stock the shop will hold; larger numbers are typing mistakes, not orders.
constexpr std::int64_t kMaxQuantity = 1'000'000;
constexpr std::size_t kMaxMergeLines = 200;

// The lines of a merge request.
std::vector<Line> ReadMergeItems(http::Fields& fields) {
  return fields.ObjectList("items", kMaxMergeLines, [](http::Fields& line) {
    return Line{line.Int("product_id", 1, kMaxId), line.Int("quantity", 1, kMaxQuantity),
                line.OptInt("variant_id", 1, kMaxId)};
  });
}

Result<http::Response> CartResponse(Result<Cart> cart, int status) {
  return http::Respond(std::move(cart), status, [](const Cart& value) { return CartJson(value); });
}

}  // namespace

Result<http::Response> ShowCart(CartService& service, const http::Request& request) {
  return http::Response::JsonText(200, service.GetJson(request.Caller().user_id));
}

Result<http::Response> AddItem(CartService& service, const http::Request& request) {
  SHOP_TRY(line, http::ReadJsonBody(request, [](http::Fields& fields) {
             return Line{fields.Int("product_id", 1, kMaxId), fields.OptInt("quantity", 1, kMaxQuantity).value_or(1),
                         fields.OptInt("variant_id", 1, kMaxId)};
           }));
  return CartResponse(service.Add(request.Caller().user_id, line->sellable(), line->quantity), 201);
}

Result<http::Response> UpdateItem(CartService& service, const http::Request& request) {
  SHOP_TRY(item_id, http::PathId(request, "item_id"));
  SHOP_TRY(quantity,
           http::ReadJsonBody(request, [](http::Fields& fields) { return fields.Int("quantity", 1, kMaxQuantity); }));
  return CartResponse(service.Update(request.Caller().user_id, *item_id, *quantity), 200);
}

Result<http::Response> RemoveItem(CartService& service, const http::Request& request) {
  SHOP_TRY(item_id, http::PathId(request, "item_id"));
  return CartResponse(service.Remove(request.Caller().user_id, *item_id), 200);
}

Result<http::Response> EmptyCart(CartService& service, const http::Request& request) {
  service.Clear(request.Caller().user_id);
  return http::Response::NoContent();
}

Result<http::Response> MergeCart(CartService& service, const http::Request& request) {
  SHOP_TRY(items, http::ReadJsonBody(request, ReadMergeItems));
  auto merged = service.Merge(request.Caller().user_id, *items);
  return http::Response::JsonText(200, MergedCartJson(merged.cart, merged.adjustments));
}

Result<http::Response> ApplyDiscount(CartService& service, const http::Request& request) {
  SHOP_TRY(code,
           http::ReadJsonBody(request, [](http::Fields& fields) { return fields.String("code", {.max_length = 64}); }));
  return CartResponse(service.ApplyDiscount(request.Caller().user_id, *code), 200);
}

Result<http::Response> RemoveDiscount(CartService& service, const http::Request& request) {
  return CartResponse(service.RemoveDiscount(request.Caller().user_id), 200);
}

}  // namespace shop::cart

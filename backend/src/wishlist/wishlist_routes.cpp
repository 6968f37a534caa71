#include "wishlist/wishlist_routes.hpp"

#include <limits>

#include "http/validation.hpp"

namespace shop::wishlist {
namespace {

nlohmann::json ItemJson(const WishlistItem& item) { return ToJson(item); }

}  // namespace

Result<http::Response> ListWishlist(WishlistService& service, const http::Request& request) {
  SHOP_TRY(page, http::ReadPage(request));
  return http::PageResponse(service.List(request.Caller().user_id, page->size, page->offset()), *page, ItemJson);
}

Result<http::Response> ListWishlistIds(WishlistService& service, const http::Request& request) {
  return http::Response::Json(200, {{"product_ids", service.SavedIds(request.Caller().user_id)}});
}

Result<http::Response> SaveToWishlist(WishlistService& service, const http::Request& request) {
  SHOP_TRY(product_id, http::ReadJsonBody(request, [](http::Fields& fields) {
             return fields.Int("product_id", 1, std::numeric_limits<std::int64_t>::max());
           }));
  SHOP_TRY(saved, service.Save(request.Caller().user_id, *product_id));
  return http::Response::Json(saved->added ? 201 : 200, ToJson(saved->item));
}

Result<http::Response> RemoveFromWishlist(WishlistService& service, const http::Request& request) {
  SHOP_TRY(product_id, http::PathId(request, "product_id"));
  service.Remove(request.Caller().user_id, *product_id);
  return http::Response::NoContent();
}

}  // namespace shop::wishlist

// Handlers of /api/wishlist, the signed-in customer's saved products (see docs/api.md). Bound to
// their routes in app/routes.cpp; the OpenAPI document describes each.
#pragma once

#include "http/router.hpp"
#include "wishlist/wishlist_service.hpp"

namespace shop::wishlist {

http::HandlerOf<WishlistService> ListWishlist, ListWishlistIds, SaveToWishlist, RemoveFromWishlist;

}  // namespace shop::wishlist

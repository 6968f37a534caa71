// Handlers of /api/cart: parse and validate, call the CartService, serialise (see API.md, Cart,
// and docs/api.md for its discount code).
// Bound to their routes in app/routes.cpp; the OpenAPI document describes each.
#pragma once

#include "cart/cart_service.hpp"
#include "http/router.hpp"

namespace shop::cart {

http::HandlerOf<CartService> ShowCart, AddItem, UpdateItem, RemoveItem, EmptyCart, MergeCart, ApplyDiscount,
    RemoveDiscount;

}  // namespace shop::cart

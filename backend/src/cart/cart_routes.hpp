// Handlers of /api/cart: parse and validate, call the CartService, serialise (see API.md, Cart).
#pragma once

#include "cart/cart_service.hpp"
#include "http/request.hpp"
#include "http/response.hpp"

namespace shop::cart {

// GET /api/cart → 200 Cart
Result<http::Response> ShowCart(CartService& service, const http::Request& request);
// POST /api/cart {product_id, quantity = 1} → 201 Cart
Result<http::Response> AddItem(CartService& service, const http::Request& request);
// PUT /api/cart/{item_id} {quantity} → 200 Cart
Result<http::Response> UpdateItem(CartService& service, const http::Request& request);
// DELETE /api/cart/{item_id} → 200 Cart
Result<http::Response> RemoveItem(CartService& service, const http::Request& request);
// DELETE /api/cart → 204
Result<http::Response> EmptyCart(CartService& service, const http::Request& request);
// POST /api/cart/merge {items: [{product_id, quantity}]} → 200 Cart with "adjustments"
Result<http::Response> MergeCart(CartService& service, const http::Request& request);

}  // namespace shop::cart

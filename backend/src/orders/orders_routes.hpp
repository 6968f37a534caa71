// Handlers of /api/orders: parse and validate, call the OrderService, serialise (see API.md, Orders).
#pragma once

#include "http/request.hpp"
#include "http/response.hpp"
#include "orders/orders_service.hpp"

namespace shop::orders {

// POST /api/orders (optional Idempotency-Key header) → 201 Order
Result<http::Response> PlaceOrder(OrderService& service, const http::Request& request);
// GET /api/orders?page&size → 200 page of the caller's orders
Result<http::Response> ListOrders(OrderService& service, const http::Request& request);
// GET /api/orders/{id} → 200 Order, for its owner or an admin
Result<http::Response> ShowOrder(OrderService& service, const http::Request& request);
// PUT /api/orders/{id} {status} → 200 Order (admins)
Result<http::Response> UpdateOrderStatus(OrderService& service, const http::Request& request);
// POST /api/orders/{id}/cancel → 200 Order
Result<http::Response> CancelOrder(OrderService& service, const http::Request& request);

}  // namespace shop::orders

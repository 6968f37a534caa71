// Handlers of /api/orders: parse and validate, call the OrderService, serialise (see API.md, Orders).
// Bound to their routes in app/routes.cpp; the OpenAPI document describes each.
#pragma once

#include "http/router.hpp"
#include "orders/orders_service.hpp"

namespace shop::orders {

http::HandlerOf<OrderService> PlaceOrder, ListOrders, ShowOrder, UpdateOrderStatus, CancelOrder;

}  // namespace shop::orders

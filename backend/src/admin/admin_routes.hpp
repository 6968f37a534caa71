// HTTP handlers of the back office, /api/admin (admins only, checked by the route table's Access).
// Bound to their routes in app/routes.cpp; the OpenAPI document describes each.
#pragma once

#include "admin/admin_service.hpp"
#include "http/router.hpp"

namespace shop::admin {

http::HandlerOf<AdminService> Stats, ListOrders, ExportOrders, ListUsers, UpdateUser;

}  // namespace shop::admin

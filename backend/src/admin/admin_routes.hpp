// HTTP handlers of the back office, /api/admin (admins only, checked by the route table's Access).
#pragma once

#include "admin/admin_service.hpp"
#include "http/request.hpp"
#include "http/response.hpp"

namespace shop::admin {

// GET /api/admin/stats?days=30
http::Response Stats(AdminService& admin, http::Request& request);
// GET /api/admin/orders?page&size&status&search
http::Response ListOrders(AdminService& admin, http::Request& request);
// GET /api/admin/orders/export.csv?status&from&to
http::Response ExportOrders(AdminService& admin, http::Request& request);
// GET /api/admin/users?page&size&search
http::Response ListUsers(AdminService& admin, http::Request& request);
// PUT /api/admin/users/{id} {role?, is_active?}
http::Response UpdateUser(AdminService& admin, http::Request& request);

}  // namespace shop::admin

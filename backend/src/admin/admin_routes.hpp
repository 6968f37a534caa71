// HTTP handlers of the back office, /api/admin (admins only, checked by the route table's Access).
#pragma once

#include "admin/admin_service.hpp"
#include "http/request.hpp"
#include "http/response.hpp"

namespace shop::admin {

// GET /api/admin/stats?days=30
Result<http::Response> Stats(AdminService& admin, const http::Request& request);
// GET /api/admin/orders?page&size&status&search
Result<http::Response> ListOrders(AdminService& admin, const http::Request& request);
// GET /api/admin/orders/export.csv?status&from&to
Result<http::Response> ExportOrders(AdminService& admin, const http::Request& request);
// GET /api/admin/users?page&size&search
Result<http::Response> ListUsers(AdminService& admin, const http::Request& request);
// PUT /api/admin/users/{id} {role?, is_active?}
Result<http::Response> UpdateUser(AdminService& admin, const http::Request& request);

}  // namespace shop::admin

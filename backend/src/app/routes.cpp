#include "app/routes.hpp"

#include <unistd.h>

#include "admin/admin_routes.hpp"
#include "app/system_routes.hpp"

namespace shop::app {
namespace {

using http::Access;
using http::Method;
using http::Request;

std::filesystem::path SwaggerDir() {
  std::error_code ec;
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  return exe.parent_path().parent_path() / "share" / "swagger-ui";
}

}  // namespace

http::Router BuildRouter(Services& s) {
  http::Router router;
  const auto add = [&router](http::Route route) { router.Add(std::move(route)); };
  static const std::filesystem::path swagger_dir = SwaggerDir();

  // System
  add({Method::kGet, "/api/health", Access::kPublic, [&s](Request&) { return Health(s.db); }});
  add({.method = Method::kGet, .pattern = "/api/openapi.json", .handler = [](Request&) { return OpenApi(); },
       .runs_inline = true});
  add({.method = Method::kGet, .pattern = "/docs", .handler = [](Request&) { return DocsPage(); }, .runs_inline = true});
  add({.method = Method::kGet,
       .pattern = "/docs/{file}",
       .handler = [](Request& r) { return DocsAsset(r, swagger_dir); },
       .runs_inline = true});

  // Accounts: /api/auth

  // Catalog: /api/categories, /api/products, /api/admin/uploads, /uploads

  // Cart: /api/cart

  // Orders: /api/orders

  // Back office: /api/admin. Every route is kAdmin: 401 without a token, 403 for a customer.
  auto& admin = s.admin;
  const auto admin_handler = [&admin](http::Response (*handler)(admin::AdminService&, Request&)) {
    return [&admin, handler](Request& r) { return handler(admin, r); };
  };
  add({Method::kGet, "/api/admin/stats", Access::kAdmin, admin_handler(admin::Stats)});
  add({Method::kGet, "/api/admin/orders", Access::kAdmin, admin_handler(admin::ListOrders)});
  add({Method::kGet, "/api/admin/orders/export.csv", Access::kAdmin, admin_handler(admin::ExportOrders)});
  add({Method::kGet, "/api/admin/users", Access::kAdmin, admin_handler(admin::ListUsers)});
  add({Method::kPut, "/api/admin/users/{id}", Access::kAdmin, admin_handler(admin::UpdateUser)});

  return router;
}

}  // namespace shop::app

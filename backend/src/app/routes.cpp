#include "app/routes.hpp"

#include <unistd.h>

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

  // Back office: /api/admin

  return router;
}

}  // namespace shop::app

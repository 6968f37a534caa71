#include "app/routes.hpp"

#include <unistd.h>

#include "admin/admin_routes.hpp"
#include "app/system_routes.hpp"
#include "auth/auth_routes.hpp"
#include "cart/cart_routes.hpp"
#include "catalog/catalog_routes.hpp"
#include "mail/mail_routes.hpp"
#include "orders/orders_routes.hpp"

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
  add({.method = Method::kGet,
       .pattern = "/api/openapi.json",
       .handler = [](Request&) { return OpenApi(); },
       .runs_inline = true});
  add({.method = Method::kGet,
       .pattern = "/docs",
       .handler = [](Request&) { return DocsPage(); },
       .runs_inline = true});
  add({.method = Method::kGet,
       .pattern = "/docs/{file}",
       .handler = [](Request& r) { return DocsAsset(r, swagger_dir); },
       .runs_inline = true});

  // Accounts: /api/auth
  const auto accounts = [&s](http::Response (*handler)(const Request&, auth::AuthService&)) {
    return [&s, handler](Request& r) { return handler(r, s.auth); };
  };
  // A new account changes the dashboard's user count.
  add({Method::kPost, "/api/auth/register", Access::kPublic, [&s](Request& r) {
         auto response = auth::Register(r, s.auth);
         s.admin.stats_cache().Invalidate();
         return response;
       }});
  add({Method::kGet, "/api/auth/verify-email", Access::kPublic, accounts(auth::VerifyEmail)});
  add({Method::kPost, "/api/auth/resend-verification", Access::kPublic, accounts(auth::ResendVerification)});
  add({Method::kPost, "/api/auth/login", Access::kPublic, accounts(auth::Login)});
  add({Method::kPost, "/api/auth/refresh", Access::kPublic, accounts(auth::Refresh)});
  add({Method::kPost, "/api/auth/logout", Access::kPublic, accounts(auth::Logout)});
  add({Method::kGet, "/api/auth/me", Access::kUser, accounts(auth::GetMe)});
  add({Method::kPut, "/api/auth/me", Access::kUser, accounts(auth::UpdateMe)});
  add({Method::kPost, "/api/auth/change-password", Access::kUser, accounts(auth::ChangePassword)});
  add({Method::kPost, "/api/auth/forgot-password", Access::kPublic, accounts(auth::ForgotPassword)});
  add({Method::kPost, "/api/auth/reset-password", Access::kPublic, accounts(auth::ResetPassword)});

  // Catalog: /api/categories, /api/products, /api/admin/uploads, /uploads
  // Public reads run with kOptional so that an admin is recognised (inactive products, costs);
  // anonymous reads are answered from the response cache on the I/O thread when possible.
  auto& catalog = s.catalog;
  const http::FastPath cached = [&catalog](Request& r) { return catalog::CachedResponse(catalog, r); };
  const auto with = [&catalog](http::Response (*handler)(catalog::CatalogService&, Request&)) {
    return [&catalog, handler](Request& r) { return handler(catalog, r); };
  };
  add({Method::kGet, "/api/categories", Access::kOptional, with(catalog::ListCategories), cached});
  add({Method::kGet, "/api/categories/{id}", Access::kOptional, with(catalog::GetCategory), cached});
  add({Method::kGet, "/api/categories/slug/{slug}", Access::kOptional, with(catalog::GetCategoryBySlug), cached});
  add({Method::kPost, "/api/categories", Access::kAdmin, with(catalog::CreateCategory)});
  add({Method::kPut, "/api/categories/{id}", Access::kAdmin, with(catalog::UpdateCategory)});
  add({Method::kDelete, "/api/categories/{id}", Access::kAdmin, with(catalog::DeleteCategory)});
  add({Method::kGet, "/api/products", Access::kOptional, with(catalog::ListProducts), cached});
  add({Method::kGet, "/api/products/{id}", Access::kOptional, with(catalog::GetProduct), cached});
  add({Method::kGet, "/api/products/slug/{slug}", Access::kOptional, with(catalog::GetProductBySlug), cached});
  add({Method::kPost, "/api/products", Access::kAdmin, with(catalog::CreateProduct)});
  add({Method::kPut, "/api/products/{id}", Access::kAdmin, with(catalog::UpdateProduct)});
  add({Method::kDelete, "/api/products/{id}", Access::kAdmin, with(catalog::DeleteProduct)});
  add({.method = Method::kPost,
       .pattern = "/api/admin/uploads",
       .access = Access::kAdmin,
       .handler = with(catalog::UploadImage),
       .body_limit = catalog::kUploadBodyLimit});
  add({.method = Method::kGet,
       .pattern = "/uploads/{path*}",
       .handler = with(catalog::ServeUpload),
       .runs_inline = true});

  // Cart: /api/cart
  add({Method::kGet, "/api/cart", Access::kUser, [&s](Request& r) { return cart::ShowCart(s.cart, r); }});
  add({Method::kPost, "/api/cart", Access::kUser, [&s](Request& r) { return cart::AddItem(s.cart, r); }});
  add({Method::kDelete, "/api/cart", Access::kUser, [&s](Request& r) { return cart::EmptyCart(s.cart, r); }});
  add({Method::kPost, "/api/cart/merge", Access::kUser, [&s](Request& r) { return cart::MergeCart(s.cart, r); }});
  add({Method::kPut, "/api/cart/{item_id}", Access::kUser, [&s](Request& r) { return cart::UpdateItem(s.cart, r); }});
  add({Method::kDelete, "/api/cart/{item_id}", Access::kUser,
       [&s](Request& r) { return cart::RemoveItem(s.cart, r); }});

  // Orders: /api/orders
  add({Method::kPost, "/api/orders", Access::kUser, [&s](Request& r) { return orders::PlaceOrder(s.orders, r); }});
  add({Method::kGet, "/api/orders", Access::kUser, [&s](Request& r) { return orders::ListOrders(s.orders, r); }});
  add({Method::kGet, "/api/orders/{id}", Access::kUser, [&s](Request& r) { return orders::ShowOrder(s.orders, r); }});
  add({Method::kPut, "/api/orders/{id}", Access::kAdmin,
       [&s](Request& r) { return orders::UpdateOrderStatus(s.orders, r); }});
  add({Method::kPost, "/api/orders/{id}/cancel", Access::kUser,
       [&s](Request& r) { return orders::CancelOrder(s.orders, r); }});

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
  add({Method::kGet, "/api/admin/emails", Access::kAdmin, [&s](Request& r) { return mail::ListEmails(s.db, r); }});
  add({Method::kPost, "/api/admin/emails/{id}/retry", Access::kAdmin,
       [&s](Request& r) { return mail::RetryEmail(s.db, r); }});

  return router;
}

}  // namespace shop::app

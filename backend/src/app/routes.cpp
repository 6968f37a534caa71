#include "app/routes.hpp"

#include <unistd.h>

#include "addresses/addresses_routes.hpp"
#include "admin/admin_routes.hpp"
#include "app/system_routes.hpp"
#include "auth/auth_routes.hpp"
#include "cart/cart_routes.hpp"
#include "catalog/catalog_routes.hpp"
#include "discounts/discounts_routes.hpp"
#include "mail/mail_routes.hpp"
#include "orders/orders_routes.hpp"
#include "reviews/reviews_routes.hpp"
#include "stock_alerts/stock_alerts_routes.hpp"
#include "variants/variants_routes.hpp"
#include "wishlist/wishlist_routes.hpp"

namespace shop::app {
namespace {

using http::Access;
using http::Bind;
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
  static const ApiDocs kDocs{SwaggerDir()};

  // System
  add({Method::kGet, "/api/health", Access::kPublic, Bind(s.db, Health)});
  add({.method = Method::kGet, .pattern = "/api/openapi.json", .handler = Bind(kDocs, OpenApi), .runs_inline = true});
  add({.method = Method::kGet, .pattern = "/docs", .handler = Bind(kDocs, DocsPage), .runs_inline = true});
  add({.method = Method::kGet, .pattern = "/docs/{file}", .handler = Bind(kDocs, DocsAsset), .runs_inline = true});

  // Accounts: /api/auth
  add({Method::kPost, "/api/auth/register", Access::kPublic, Bind(s.auth, auth::Register)});
  add({Method::kGet, "/api/auth/verify-email", Access::kPublic, Bind(s.auth, auth::VerifyEmail)});
  add({Method::kPost, "/api/auth/resend-verification", Access::kPublic, Bind(s.auth, auth::ResendVerification)});
  add({Method::kPost, "/api/auth/login", Access::kPublic, Bind(s.auth, auth::Login)});
  add({Method::kPost, "/api/auth/refresh", Access::kPublic, Bind(s.auth, auth::Refresh)});
  add({Method::kPost, "/api/auth/logout", Access::kPublic, Bind(s.auth, auth::Logout)});
  add({Method::kGet, "/api/auth/me", Access::kUser, Bind(s.auth, auth::GetMe)});
  add({Method::kPut, "/api/auth/me", Access::kUser, Bind(s.auth, auth::UpdateMe)});
  add({Method::kPost, "/api/auth/change-password", Access::kUser, Bind(s.auth, auth::ChangePassword)});
  add({Method::kPost, "/api/auth/forgot-password", Access::kPublic, Bind(s.auth, auth::ForgotPassword)});
  add({Method::kPost, "/api/auth/reset-password", Access::kPublic, Bind(s.auth, auth::ResetPassword)});

  // Catalog: /api/categories, /api/products, /api/admin/uploads, /uploads
  // Public reads run with kOptional so that an admin is recognised (inactive products, costs);
  // anonymous reads are answered from the response cache on the I/O thread when possible.
  auto& catalog = s.catalog;
  const http::FastPath cached = [&catalog](const Request& r) { return catalog::CachedResponse(catalog, r); };
  add({Method::kGet, "/api/categories", Access::kOptional, Bind(catalog, catalog::ListCategories), cached});
  add({Method::kGet, "/api/categories/{id}", Access::kOptional, Bind(catalog, catalog::GetCategory), cached});
  add({Method::kGet, "/api/categories/slug/{slug}", Access::kOptional, Bind(catalog, catalog::GetCategoryBySlug),
       cached});
  add({Method::kPost, "/api/categories", Access::kAdmin, Bind(catalog, catalog::CreateCategory)});
  add({Method::kPut, "/api/categories/{id}", Access::kAdmin, Bind(catalog, catalog::UpdateCategory)});
  add({Method::kDelete, "/api/categories/{id}", Access::kAdmin, Bind(catalog, catalog::DeleteCategory)});
  add({Method::kGet, "/api/products", Access::kOptional, Bind(catalog, catalog::ListProducts), cached});
  add({Method::kGet, "/api/products/{id}", Access::kOptional, Bind(catalog, catalog::GetProduct), cached});
  add({Method::kGet, "/api/products/slug/{slug}", Access::kOptional, Bind(catalog, catalog::GetProductBySlug), cached});
  add({Method::kPost, "/api/products", Access::kAdmin, Bind(catalog, catalog::CreateProduct)});
  add({Method::kPut, "/api/products/{id}", Access::kAdmin, Bind(catalog, catalog::UpdateProduct)});
  add({Method::kDelete, "/api/products/{id}", Access::kAdmin, Bind(catalog, catalog::DeleteProduct)});
  add({Method::kGet, "/api/products/{id}/variants", Access::kOptional, Bind(s.variants, variants::GetVariants),
       cached});
  add({Method::kPut, "/api/admin/products/{id}/variants", Access::kAdmin, Bind(s.variants, variants::ReplaceVariants)});
  add({.method = Method::kPost,
       .pattern = "/api/admin/uploads",
       .access = Access::kAdmin,
       .handler = Bind(catalog, catalog::UploadImage),
       .body_limit = catalog::kUploadBodyLimit});
  add({.method = Method::kGet,
       .pattern = "/uploads/{path*}",
       .handler = Bind(catalog, catalog::ServeUpload),
       .runs_inline = true});

  // Cart: /api/cart
  add({Method::kGet, "/api/cart", Access::kUser, Bind(s.cart, cart::ShowCart)});
  add({Method::kPost, "/api/cart", Access::kUser, Bind(s.cart, cart::AddItem)});
  add({Method::kDelete, "/api/cart", Access::kUser, Bind(s.cart, cart::EmptyCart)});
  add({Method::kPost, "/api/cart/merge", Access::kUser, Bind(s.cart, cart::MergeCart)});
  add({Method::kPut, "/api/cart/discount", Access::kUser, Bind(s.cart, cart::ApplyDiscount)});
  add({Method::kDelete, "/api/cart/discount", Access::kUser, Bind(s.cart, cart::RemoveDiscount)});
  add({Method::kPut, "/api/cart/{item_id}", Access::kUser, Bind(s.cart, cart::UpdateItem)});
  add({Method::kDelete, "/api/cart/{item_id}", Access::kUser, Bind(s.cart, cart::RemoveItem)});

  // Orders: /api/orders
  add({Method::kPost, "/api/orders", Access::kUser, Bind(s.orders, orders::PlaceOrder)});
  add({Method::kGet, "/api/orders", Access::kUser, Bind(s.orders, orders::ListOrders)});
  add({Method::kGet, "/api/orders/{id}", Access::kUser, Bind(s.orders, orders::ShowOrder)});
  add({Method::kPut, "/api/orders/{id}", Access::kAdmin, Bind(s.orders, orders::UpdateOrderStatus)});
  add({Method::kPost, "/api/orders/{id}/cancel", Access::kUser, Bind(s.orders, orders::CancelOrder)});

  // Reviews: /api/products/{id}/reviews, /api/reviews
  add({Method::kGet, "/api/products/{id}/reviews", Access::kPublic, Bind(s.reviews, reviews::ListProductReviews)});
  add({Method::kGet, "/api/products/{id}/rating", Access::kPublic, Bind(s.reviews, reviews::ShowProductRating)});
  add({Method::kGet, "/api/products/{id}/reviews/mine", Access::kUser, Bind(s.reviews, reviews::ShowMyReview)});
  add({Method::kPost, "/api/products/{id}/reviews", Access::kUser, Bind(s.reviews, reviews::CreateReview)});
  add({Method::kPut, "/api/reviews/{id}", Access::kUser, Bind(s.reviews, reviews::UpdateReview)});
  add({Method::kDelete, "/api/reviews/{id}", Access::kUser, Bind(s.reviews, reviews::DeleteReview)});
  add({Method::kPost, "/api/reviews/{id}/helpful", Access::kUser, Bind(s.reviews, reviews::MarkReviewHelpful)});

  // Wishlist and back-in-stock alerts: /api/wishlist, /api/products/{id}/stock-alert
  add({Method::kGet, "/api/wishlist", Access::kUser, Bind(s.wishlist, wishlist::ListWishlist)});
  add({Method::kGet, "/api/wishlist/ids", Access::kUser, Bind(s.wishlist, wishlist::ListWishlistIds)});
  add({Method::kPost, "/api/wishlist", Access::kUser, Bind(s.wishlist, wishlist::SaveToWishlist)});
  add({Method::kDelete, "/api/wishlist/{product_id}", Access::kUser, Bind(s.wishlist, wishlist::RemoveFromWishlist)});
  add({Method::kGet, "/api/products/{id}/stock-alert", Access::kUser,
       Bind(s.stock_alerts, stock_alerts::ShowStockAlert)});
  add({Method::kPost, "/api/products/{id}/stock-alert", Access::kUser,
       Bind(s.stock_alerts, stock_alerts::AddStockAlert)});
  add({Method::kDelete, "/api/products/{id}/stock-alert", Access::kUser,
       Bind(s.stock_alerts, stock_alerts::RemoveStockAlert)});

  // Address book: /api/addresses
  add({Method::kGet, "/api/addresses", Access::kUser, Bind(s.addresses, addresses::ListAddresses)});
  add({Method::kPost, "/api/addresses", Access::kUser, Bind(s.addresses, addresses::AddAddress)});
  add({Method::kPut, "/api/addresses/{id}", Access::kUser, Bind(s.addresses, addresses::UpdateAddress)});
  add({Method::kDelete, "/api/addresses/{id}", Access::kUser, Bind(s.addresses, addresses::DeleteAddress)});

  // Back office: /api/admin. Every route is kAdmin: 401 without a token, 403 for a customer.
  add({Method::kGet, "/api/admin/stats", Access::kAdmin, Bind(s.admin, admin::Stats)});
  add({Method::kGet, "/api/admin/orders", Access::kAdmin, Bind(s.admin, admin::ListOrders)});
  add({Method::kGet, "/api/admin/orders/export.csv", Access::kAdmin, Bind(s.admin, admin::ExportOrders)});
  add({Method::kGet, "/api/admin/users", Access::kAdmin, Bind(s.admin, admin::ListUsers)});
  add({Method::kPut, "/api/admin/users/{id}", Access::kAdmin, Bind(s.admin, admin::UpdateUser)});
  add({Method::kGet, "/api/admin/discount-codes", Access::kAdmin, Bind(s.discounts, discounts::ListDiscountCodes)});
  add({Method::kPost, "/api/admin/discount-codes", Access::kAdmin, Bind(s.discounts, discounts::CreateDiscountCode)});
  add({Method::kGet, "/api/admin/discount-codes/{id}", Access::kAdmin, Bind(s.discounts, discounts::ShowDiscountCode)});
  add({Method::kPut, "/api/admin/discount-codes/{id}", Access::kAdmin,
       Bind(s.discounts, discounts::UpdateDiscountCode)});
  add({Method::kDelete, "/api/admin/discount-codes/{id}", Access::kAdmin,
       Bind(s.discounts, discounts::DeleteDiscountCode)});
  add({Method::kGet, "/api/admin/reviews", Access::kAdmin, Bind(s.reviews, reviews::ListAdminReviews)});
  add({Method::kPut, "/api/admin/reviews/{id}", Access::kAdmin, Bind(s.reviews, reviews::UpdateAdminReview)});
  add({Method::kGet, "/api/admin/stock-alerts", Access::kAdmin, Bind(s.stock_alerts, stock_alerts::ListWaitingAlerts)});
  add({Method::kGet, "/api/admin/emails", Access::kAdmin, Bind(s.db, mail::ListEmails)});
  add({Method::kPost, "/api/admin/emails/{id}/retry", Access::kAdmin, Bind(s.db, mail::RetryEmail)});

  return router;
}

}  // namespace shop::app

// Everything the route handlers share, built once by AppServices and passed to the route table.
#pragma once

#include "addresses/addresses_service.hpp"
#include "admin/admin_service.hpp"
#include "app/config.hpp"
#include "auth/account_mailer.hpp"
#include "auth/auth_service.hpp"
#include "auth/authenticator.hpp"
#include "cart/cart_service.hpp"
#include "catalog/catalog_service.hpp"
#include "db/pool.hpp"
#include "discounts/discounts_service.hpp"
#include "orders/orders_service.hpp"
#include "reviews/reviews_service.hpp"
#include "stock_alerts/stock_alerts_service.hpp"
#include "variants/variants_service.hpp"
#include "wishlist/wishlist_service.hpp"

namespace shop::app {

struct Services {
  const Config& config;
  db::Pool& db;
  auth::Authenticator& authenticator;
  auth::AccountMailer& account_mailer;  // started and stopped by main
  auth::AuthService& auth;
  catalog::CatalogService& catalog;
  cart::CartService& cart;
  orders::OrderService& orders;
  admin::AdminService& admin;
  addresses::AddressService& addresses;
  discounts::DiscountService& discounts;
  reviews::ReviewService& reviews;
  wishlist::WishlistService& wishlist;
  stock_alerts::StockAlertService& stock_alerts;
  variants::VariantService& variants;
};

// Owns the domain services of one running API and wires them together, so that main.cpp and the
// tests build them the same way.
class AppServices {
 public:
  AppServices(const Config& config, db::Pool& pool);
  AppServices(const AppServices&) = delete;
  AppServices& operator=(const AppServices&) = delete;
  Services& services() { return services_; }

 private:
  auth::Authenticator authenticator_;
  auth::AccountMailer account_mailer_;
  // Told by the catalog and by cancellations of every product they may bring back into stock.
  stock_alerts::RestockNotifier restock_notifier_;
  catalog::CatalogService catalog_;
  // The dashboard's statistics: stale after every catalog write and change of stock (the catalog's
  // cache version) and after every change told through its Invalidator: a checkout, a change of
  // an order's status, a cancellation or released hold (OrderService) and a registration
  // (AuthService).
  admin::StatsCache stats_cache_;
  auth::AuthService auth_;
  cart::CartService cart_;
  orders::OrderService orders_;
  admin::AdminService admin_;
  addresses::AddressService addresses_;
  discounts::DiscountService discounts_;
  reviews::ReviewService reviews_;
  wishlist::WishlistService wishlist_;
  stock_alerts::StockAlertService stock_alerts_;
  variants::VariantService variants_;
  Services services_;
};

}  // namespace shop::app

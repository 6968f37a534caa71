// Everything the route handlers share, built once by main.cpp and passed to the route table.
#pragma once

#include "app/config.hpp"
#include "auth/auth_service.hpp"
#include "auth/authenticator.hpp"
#include "cart/cart_service.hpp"
#include "catalog/catalog_service.hpp"
#include "common/epoch.hpp"
#include "db/pool.hpp"
#include "orders/orders_service.hpp"

namespace shop::app {

struct Services {
  const Config& config;
  db::Pool& db;
  auth::Authenticator& authenticator;
  // Moves on with every committed change to products or stock (catalog writes, checkouts,
  // cancellations); the catalog's response cache drops what was rendered before.
  Epoch& catalog_epoch;
  auth::AuthService& auth;
  catalog::CatalogService& catalog;
  cart::CartService& cart;
  orders::OrderService& orders;
};

}  // namespace shop::app

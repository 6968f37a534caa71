// Everything the route handlers share, built once by main.cpp and passed to the route table.
#pragma once

#include "app/config.hpp"
#include "auth/authenticator.hpp"
#include "db/pool.hpp"

namespace shop::app {

struct Services {
  const Config& config;
  db::Pool& db;
  auth::Authenticator& authenticator;
};

}  // namespace shop::app

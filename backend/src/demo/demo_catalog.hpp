// The demo shop: eight categories and their products, the welcome discount code WELCOME10
// (10 % off), and a few reviews from verified buyers, loaded by `shop-api seed-demo`.
#pragma once

#include <filesystem>

#include "db/connection.hpp"

namespace shop::demo {

struct SeedResult {
  int categories = 0;
  int products = 0;
  int discount_codes = 0;
  int reviews = 0;
};

// Loads the demo shop in one transaction and draws its pictures into `upload_dir`/demo. Does
// nothing (and returns zeros) when the catalog already has products. Throws db::Unavailable or
// db::QueryError on database failures, std::filesystem::filesystem_error when a picture cannot
// be written.
SeedResult SeedDemoCatalog(db::Connection& conn, const std::filesystem::path& upload_dir);

}  // namespace shop::demo

// Products for API tests, inserted straight into the test database with unique names, slugs and
// skus, so that tests of the cart and orders need no catalog routes.
#pragma once

#include <cstdint>
#include <string>

#include "support/test_server.hpp"

namespace shop::testing {

struct ProductSpec {
  std::string price = "10.00";  // NUMERIC text
  int stock = 10;
  bool active = true;
  std::string image_url{};  // empty: NULL
};

struct TestProduct {
  std::int64_t id = 0;
  std::string name;
  std::string slug;
  std::string sku;
};

// Inserts a product and returns it.
TestProduct CreateProduct(const TestDatabase& database, const ProductSpec& spec = {});

// The product's stock as the database holds it now.
int StockOf(const TestDatabase& database, std::int64_t product_id);

}  // namespace shop::testing

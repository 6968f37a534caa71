#include "support/products.hpp"

#include <unistd.h>

#include <atomic>

#include "common/crypto.hpp"

namespace shop::testing {

TestProduct CreateProduct(const TestDatabase& database, const ProductSpec& spec) {
  static std::atomic<int> counter{0};
  const std::string suffix = std::to_string(::getpid()) + "-" + std::to_string(counter++) + "-" +
                             crypto::Hex(crypto::RandomToken(3)).substr(0, 6);
  TestProduct product;
  product.name = "Test Product " + suffix;
  product.slug = "test-product-" + suffix;
  product.sku = "SKU-" + suffix;
  const std::string image = spec.image_url.empty() ? "NULL" : "'" + spec.image_url + "'";
  product.id = std::stoll(database.QueryValue(
      "INSERT INTO products (name, slug, sku, price, stock_quantity, is_active, image_url) VALUES ('" + product.name +
      "', '" + product.slug + "', '" + product.sku + "', " + spec.price + ", " + std::to_string(spec.stock) + ", " +
      (spec.active ? "true" : "false") + ", " + image + ") RETURNING id"));
  return product;
}

int StockOf(const TestDatabase& database, std::int64_t product_id) {
  return std::stoi(database.QueryValue("SELECT stock_quantity FROM products WHERE id = " + std::to_string(product_id)));
}

}  // namespace shop::testing

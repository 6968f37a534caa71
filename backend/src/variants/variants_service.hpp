// The rules of product variants: who sees them (inactive products: admins only), what replacing
// them checks (CheckVariants, SKUs no other product or variant uses), and what it changes with
// them (the product's stock, its cart lines, back-in-stock alerts, the catalog's cached reads).
// Every method throws db::Unavailable when the database cannot be reached.
#pragma once

#include <cstdint>

#include "common/errors.hpp"
#include "common/money.hpp"
#include "db/pool.hpp"
#include "http/response_cache.hpp"
#include "stock_alerts/stock_alerts.hpp"
#include "variants/variants.hpp"

namespace shop::variants {

// A product's variants and the price of those without their own.
struct ProductVariants {
  Money product_price;
  Variants variants;
};

class VariantService {
 public:
  VariantService(db::Pool& db, http::ResponseCache& catalog_cache, const stock_alerts::RestockNotifier& restocks)
      : db_(db), catalog_cache_(catalog_cache), restocks_(restocks) {}

  // 404 for an unknown product, and for an inactive one unless `see_inactive`.
  Result<ProductVariants> Get(std::int64_t product_id, bool see_inactive);
  // Replaces the product's options and variants: 404 for an unknown product, 422 as CheckVariants
  // says or for an id not of the product's variants, 409 for a SKU another product or variant has.
  Result<ProductVariants> Replace(std::int64_t product_id, const Variants& variants);

  // Where the public read of a product's variants is kept.
  http::ResponseCache& catalog_cache() { return catalog_cache_; }

 private:
  db::Pool& db_;
  http::ResponseCache& catalog_cache_;
  const stock_alerts::RestockNotifier& restocks_;
};

}  // namespace shop::variants

// SQL of product variants: reading a product's options and variants, and replacing them. Every
// function throws db::Unavailable on an outage and db::QueryError on a failed statement.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "db/connection.hpp"
#include "variants/variants.hpp"

namespace shop::variants::store {

// The product's options in their order and its variants in theirs (none for a plain product).
Variants Load(db::Connection& connection, std::int64_t product_id);

// Takes the transaction's locks on `skus` (those the SKU trigger takes), in one order for every
// caller. Run inside a transaction, before SkusOfOtherProducts and Replace.
void LockSkus(db::Connection& connection, const std::vector<std::string>& skus);
// The SKUs among `skus` that a product other than `product_id`, or one of its variants, has.
std::vector<std::string> SkusOfOtherProducts(db::Connection& connection, std::int64_t product_id,
                                             const std::vector<std::string>& skus);

// Replaces the product's options and variants with `variants` (already checked by CheckVariants)
// and sets the product's has_variants and stock (the variants' sum, or `plain_stock` without
// variants); cart lines of what is no longer sold go. Run in a transaction that has locked the
// product's row. Returns false, having changed nothing of its own, when a variant names an id
// that is not one of the product's. Throws db::QueryError on the unique SKU
// (product_variants_sku_key) when another product's variant has one of the SKUs.
bool Replace(db::Connection& connection, std::int64_t product_id, const Variants& variants, std::int64_t plain_stock);

}  // namespace shop::variants::store

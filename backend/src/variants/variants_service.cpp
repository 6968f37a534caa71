#include "variants/variants_service.hpp"

#include "catalog/catalog_store.hpp"
#include "variants/variants_store.hpp"

namespace shop::variants {
namespace {

Error SkuTaken(const std::string& owner) { return Conflict("A SKU of these variants is already used by " + owner); }

}  // namespace

Result<ProductVariants> VariantService::Get(std::int64_t product_id, bool see_inactive) {
  auto connection = db_.Acquire();
  const auto product = catalog::store::FindProduct(*connection, product_id);
  if (!product || (!product->is_active && !see_inactive)) return NotFound("Product not found");
  return ProductVariants{product->price, store::Load(*connection, product_id)};
}

Result<ProductVariants> VariantService::Replace(std::int64_t product_id, const Variants& variants) {
  if (auto valid = CheckVariants(variants); !valid) return std::move(valid).error();
  auto connection = db_.Acquire();
  db::Transaction transaction(*connection);
  // The product's row first, as checkout locks it before its variants.
  const auto product = catalog::store::FindProduct(*connection, product_id, /*lock=*/true);
  if (!product) return NotFound("Product not found");
  std::vector<std::string> skus;
  for (const auto& variant : variants.variants) skus.push_back(variant.sku);
  store::LockSkus(*connection, skus);
  if (const auto taken = store::SkusOfOtherProducts(*connection, product_id, skus); !taken.empty()) {
    return SkuTaken("another product or its variant (" + taken.front() + ")");
  }
  try {
    if (!store::Replace(*connection, product_id, variants, product->stock_quantity)) {
      return InvalidField({"body", "variants"}, "A variant id is not one of this product's variants", "unknown_id");
    }
  } catch (const db::QueryError& error) {
    if (!error.IsUniqueViolation()) throw;
    if (error.constraint == "product_variants_sku_key") return SkuTaken("another product's variant");
    if (error.constraint == "sku_of_another_product") return SkuTaken("another product");
    throw;
  }
  if (product->is_active) restocks_.Restocked(*connection, {product_id});
  ProductVariants replaced{product->price, store::Load(*connection, product_id)};
  transaction.Commit();
  catalog_cache_.InvalidateAll();
  return replaced;
}

}  // namespace shop::variants

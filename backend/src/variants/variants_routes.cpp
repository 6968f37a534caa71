#include "variants/variants_routes.hpp"

#include <limits>

#include "catalog/catalog_routes.hpp"
#include "http/validation.hpp"

namespace shop::variants {
namespace {

constexpr std::int64_t kMaxStock = 1'000'000'000;
constexpr http::StringRule kNameRule{.max_length = 50};

Option ReadOption(http::Fields& fields) {
  return {fields.String("name", kNameRule), fields.StringList("values", kMaxValues, kNameRule)};
}

Variant ReadVariant(http::Fields& fields) {
  return {fields.OptInt("id", 1, std::numeric_limits<std::int64_t>::max()),
          fields.StringList("options", kMaxOptions, kNameRule),
          fields.String("sku", {.max_length = 64}),
          fields.OptPrice("price"),
          fields.OptPrice("compare_at_price"),
          fields.Int("stock_quantity", 0, kMaxStock)};
}

nlohmann::json VariantsJson(const ProductVariants& found) { return ToJson(found.variants, found.product_price); }

}  // namespace

Result<http::Response> GetVariants(VariantService& service, const http::Request& request) {
  return catalog::CachedCatalogRead(service.catalog_cache(), request, [&]() -> Result<http::RenderedRead> {
    SHOP_TRY(id, http::PathId(request, "id"));
    SHOP_TRY(found, service.Get(*id, request.CallerIsAdmin()));
    return http::RenderedRead{VariantsJson(*found), {.product_ids = {*id}}};
  });
}

Result<http::Response> ReplaceVariants(VariantService& service, const http::Request& request) {
  SHOP_TRY(id, http::PathId(request, "id"));
  SHOP_TRY(variants, http::ReadJsonBody(request, [](http::Fields& fields) {
             return Variants{fields.ObjectList("options", kMaxOptions, ReadOption),
                             fields.ObjectList("variants", kMaxVariants, ReadVariant)};
           }));
  return http::Respond(service.Replace(*id, *variants), 200, VariantsJson);
}

}  // namespace shop::variants

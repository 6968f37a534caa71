// Product variants: a product's options (Size: S, M, L) and the variants sold, one per combination,
// each with its own SKU, price (or the product's), compare-at price and stock; the rules a set of
// them keeps, and the Variants object of docs/api.md.
#pragma once

#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "common/errors.hpp"
#include "common/money.hpp"

namespace shop::variants {

inline constexpr std::size_t kMaxOptions = 3;
inline constexpr std::size_t kMaxValues = 50;
inline constexpr std::size_t kMaxVariants = 100;

struct Option {
  std::string name;
  std::vector<std::string> values;
};

struct Variant {
  std::optional<std::int64_t> id;    // absent for a variant an admin adds
  std::vector<std::string> options;  // one value per option of the product, in option order
  std::string sku;
  std::optional<Money> price;  // nullopt: sold at the product's price
  std::optional<Money> compare_at_price;
  std::int64_t stock_quantity = 0;
};

// A product's options and variants: as stored, or as an admin sends them to replace the stored ones.
struct Variants {
  std::vector<Option> options;
  std::vector<Variant> variants;
  // The product's stock: the sum of its variants'.
  std::int64_t total_stock() const;
};

// "M / Red": a variant's values, as its title.
std::string Title(const std::vector<std::string>& values);
// "T-shirt (M / Red)" for a variant, the product's name alone otherwise.
std::string NameWithTitle(const std::string& product_name, const std::optional<std::string>& title);

// Whether a request names a variant as its product requires: a product with variants needs one
// (422 variant_required at `loc`), and the one named must be the product's (422 variant_invalid).
Status CheckChoice(std::vector<std::string> loc, bool product_has_variants, bool variant_named, bool variant_found);

// The first rule `variants` breaks, as a 422 at the field that breaks it: option names unique,
// values unique within their option, variants only with options and at least one then, each with
// one value per option and among that option's values, no combination twice, no SKU twice. The
// lengths and ranges of single fields are the request parser's.
Status CheckVariants(const Variants& variants);

// The Variants object: {"options": [{name, values}], "variants": [Variant]}, each variant's price
// its own or `product_price`.
nlohmann::json ToJson(const Variants& variants, Money product_price);

}  // namespace shop::variants

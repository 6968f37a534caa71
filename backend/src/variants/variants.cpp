#include "variants/variants.hpp"

#include <algorithm>
#include <set>

#include "http/json_or_null.hpp"

namespace shop::variants {
namespace {

Error InvalidAt(std::vector<std::string> loc, std::string message, std::string type) {
  loc.insert(loc.begin(), "body");
  return InvalidField(std::move(loc), std::move(message), std::move(type));
}

std::string Index(std::size_t i) { return std::to_string(i); }

Status CheckOptions(const std::vector<Option>& options) {
  std::set<std::string> names;
  for (std::size_t i = 0; i < options.size(); ++i) {
    const auto& option = options[i];
    if (!names.insert(option.name).second) {
      return InvalidAt({"options", Index(i), "name"}, "Another option already has this name", "duplicate");
    }
    if (option.values.empty()) {
      return InvalidAt({"options", Index(i), "values"}, "An option needs at least one value", "too_short");
    }
    std::set<std::string> values;
    for (std::size_t j = 0; j < option.values.size(); ++j) {
      if (!values.insert(option.values[j]).second) {
        return InvalidAt({"options", Index(i), "values", Index(j)}, "This value is listed twice", "duplicate");
      }
    }
  }
  return Ok{};
}

}  // namespace

std::int64_t Variants::total_stock() const {
  std::int64_t total = 0;
  for (const auto& variant : variants) total += variant.stock_quantity;
  return total;
}

std::string Title(const std::vector<std::string>& values) {
  std::string title;
  for (const auto& value : values) {
    if (!title.empty()) title += " / ";
    title += value;
  }
  return title;
}

std::string NameWithTitle(const std::string& product_name, const std::optional<std::string>& title) {
  return title ? product_name + " (" + *title + ")" : product_name;
}

Status CheckChoice(std::vector<std::string> loc, bool product_has_variants, bool variant_named, bool variant_found) {
  if (product_has_variants && !variant_named) {
    return InvalidField(std::move(loc), "Choose one of this product's variants", "variant_required");
  }
  if (variant_named && !variant_found) {
    return InvalidField(std::move(loc), "This is not one of the product's variants", "variant_invalid");
  }
  return Ok{};
}

Status CheckVariants(const Variants& variants) {
  if (auto options = CheckOptions(variants.options); !options) return options;
  const auto& options = variants.options;
  if (options.empty() && !variants.variants.empty()) {
    return InvalidAt({"variants"}, "A product without options has no variants", "no_options");
  }
  if (!options.empty() && variants.variants.empty()) {
    return InvalidAt({"variants"}, "A product with options needs at least one variant", "too_short");
  }
  std::set<std::vector<std::string>> combinations;
  std::set<std::string> skus;
  std::set<std::int64_t> ids;
  for (std::size_t i = 0; i < variants.variants.size(); ++i) {
    const auto& variant = variants.variants[i];
    if (variant.options.size() != options.size()) {
      return InvalidAt({"variants", Index(i), "options"},
                       "Give one value for each of the " + std::to_string(options.size()) + " options", "length");
    }
    for (std::size_t j = 0; j < options.size(); ++j) {
      const auto& allowed = options[j].values;
      if (std::find(allowed.begin(), allowed.end(), variant.options[j]) == allowed.end()) {
        return InvalidAt({"variants", Index(i), "options", Index(j)},
                         "'" + variant.options[j] + "' is not a value of " + options[j].name, "unknown_value");
      }
    }
    if (!combinations.insert(variant.options).second) {
      return InvalidAt({"variants", Index(i), "options"}, "Another variant is already " + Title(variant.options),
                       "duplicate");
    }
    if (!skus.insert(variant.sku).second) {
      return InvalidAt({"variants", Index(i), "sku"}, "Another variant already has this SKU", "duplicate");
    }
    if (variant.id && !ids.insert(*variant.id).second) {
      return InvalidAt({"variants", Index(i), "id"}, "This variant is listed twice", "duplicate");
    }
  }
  return Ok{};
}

nlohmann::json ToJson(const Variants& variants, Money product_price) {
  nlohmann::json options = nlohmann::json::array();
  for (const auto& option : variants.options) options.push_back({{"name", option.name}, {"values", option.values}});
  nlohmann::json list = nlohmann::json::array();
  for (const auto& variant : variants.variants) {
    list.push_back({{"id", variant.id.value_or(0)},
                    {"sku", variant.sku},
                    {"options", variant.options},
                    {"title", Title(variant.options)},
                    {"price", variant.price.value_or(product_price).ToDouble()},
                    {"compare_at_price", http::OrNull(variant.compare_at_price)},
                    {"stock_quantity", variant.stock_quantity},
                    {"in_stock", variant.stock_quantity > 0}});
  }
  return {{"options", std::move(options)}, {"variants", std::move(list)}};
}

}  // namespace shop::variants

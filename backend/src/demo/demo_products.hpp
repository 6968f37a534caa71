// The demo shop's catalogue as data: eight categories of eleven products each, with the colours
// and icon their pictures are drawn in. Loaded by SeedDemoCatalog (demo_catalog.hpp).
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "demo/demo_images.hpp"

namespace shop::demo {

struct DemoProduct {
  std::string_view name;
  std::string_view description;
  std::int64_t price_cents;
  std::int64_t compare_at_cents;  // 0: not on sale
  int stock;
  bool featured;
};

struct DemoCategory {
  std::string_view name;
  std::string_view description;
  std::string_view sku_prefix;
  DemoPalette palette;
  DemoIcon icon;
  std::span<const DemoProduct> products;
};

// The categories in the order the shop lists them; each product's SKU is the prefix and its place.
std::span<const DemoCategory> DemoCategories();

}  // namespace shop::demo

// Categories and products as the API shows them and the store writes them (ProductFields, read
// through one column list), and the inputs that create or change them.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/money.hpp"
#include "common/page.hpp"
#include "db/connection.hpp"

namespace shop::catalog {

struct Category {
  std::int64_t id = 0;
  std::string name;
  std::string slug;
  std::optional<std::string> description;
  std::optional<std::string> image_url;
  std::int64_t product_count = 0;  // active products only
  std::string created_at;
};

// A product's own columns, as an admin writes them: what the store inserts and updates, and all
// a Product holds besides its id, its category's name and its times.
struct ProductFields {
  std::string name;
  std::string slug;
  std::string description;
  Money price;
  std::optional<Money> compare_at_price;
  std::optional<Money> cost_per_item;
  std::int64_t stock_quantity = 0;
  std::string sku;
  std::optional<std::string> image_url;
  std::vector<std::string> images;
  bool is_active = true;
  bool is_featured = false;
  std::optional<std::int64_t> category_id;
};

// The category as embedded in a product, beside its category_id.
struct CategoryRef {
  std::string name;
  std::string slug;
};

struct Product : ProductFields {
  std::int64_t id = 0;
  bool has_variants = false;            // then stock_quantity is the sum of the variants' (variants/)
  std::optional<CategoryRef> category;  // present with category_id
  std::string created_at;
  std::string updated_at;
};

// Who reads a response decides what it holds: cost_per_item is for admins only.
enum class Audience { kPublic, kAdmin };

// An optional value that may also be cleared: absent (keep), null (clear) or a value (set).
template <class T>
struct Patch {
  bool present = false;
  std::optional<T> value;
  void Set(std::optional<T> v) {
    present = true;
    value = std::move(v);
  }
};

// The fields of a category sent by an admin; for an update, only those present change.
struct CategoryInput {
  std::optional<std::string> name;
  std::optional<std::string> slug;
  Patch<std::string> description;
  Patch<std::string> image_url;
};

// The fields of a product sent by an admin; for an update, only those present change.
struct ProductInput {
  std::optional<std::string> name;
  std::optional<std::string> slug;
  std::optional<std::string> description;
  std::optional<Money> price;
  Patch<Money> compare_at_price;
  Patch<Money> cost_per_item;
  std::optional<std::int64_t> stock_quantity;
  std::optional<std::string> sku;
  Patch<std::string> image_url;
  std::optional<std::vector<std::string>> images;
  std::optional<bool> is_active;
  std::optional<bool> is_featured;
  Patch<std::int64_t> category_id;
};

enum class ProductSort { kNewest, kPriceAsc, kPriceDesc, kNameAsc, kNameDesc, kRelevance, kRating };

// The filters of GET /api/products, already validated.
struct ProductQuery {
  std::int64_t page = 1;
  std::int64_t size = 20;
  std::optional<std::string> category_slug;
  std::optional<std::int64_t> category_id;
  std::optional<std::string> search;
  std::vector<std::string> fuzzy_words;  // words of `search` long enough for typo-tolerant matching
  std::optional<Money> min_price;
  std::optional<Money> max_price;
  std::optional<bool> in_stock;
  std::optional<bool> featured;
  ProductSort sort = ProductSort::kNewest;
  bool include_inactive = false;
};

// The columns ProductFromRow reads, for SELECT lists over `products p LEFT JOIN categories c ON
// c.id = p.category_id`.
inline constexpr std::string_view kProductColumns =
    "p.id, p.name, p.slug, p.description, p.price, p.compare_at_price, p.cost_per_item, p.stock_quantity, p.sku, "
    "p.image_url, array_to_json(p.images) AS images_json, p.is_active, p.is_featured, p.has_variants, p.category_id, "
    "c.name AS category_name, c.slug AS category_slug, p.created_at, p.updated_at";

Category CategoryFromRow(const db::Row& row);
Product ProductFromRow(const db::Row& row);
// `fields` with what `input` changes: a new product's columns from ProductFields{}, or an
// update's merged into the current ones.
ProductFields Merged(ProductFields fields, const ProductInput& input);

// The Category object of API.md.
nlohmann::json ToJson(const Category& category);
// The Product object of API.md; cost_per_item only for kAdmin.
nlohmann::json ToJson(const Product& product, Audience audience);

}  // namespace shop::catalog

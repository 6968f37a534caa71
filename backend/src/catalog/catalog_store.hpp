// The catalog's SQL: categories, products, the product listing and the slugs already taken.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "catalog/catalog.hpp"
#include "db/connection.hpp"

namespace shop::catalog::store {

// A category row as written (name, slug, description, image_url all resolved).
struct CategoryRow {
  std::string name;
  std::string slug;
  std::optional<std::string> description;
  std::optional<std::string> image_url;
};

// A product row as written: every column resolved.
struct ProductRow {
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
  int age_hours = 0;  // created that many hours ago (the demo shop spreads its products in time)
};

// Every statement below throws db::Unavailable on an outage and db::QueryError when PostgreSQL
// refuses it (unique slug or sku, missing category, ...); the service turns those into errors.

std::vector<Category> ListCategories(db::Connection& conn);
std::optional<Category> FindCategory(db::Connection& conn, std::int64_t id);
std::optional<Category> FindCategoryBySlug(db::Connection& conn, const std::string& slug);
bool CategoryExists(db::Connection& conn, std::int64_t id);
std::int64_t InsertCategory(db::Connection& conn, const CategoryRow& row);
void UpdateCategory(db::Connection& conn, std::int64_t id, const CategoryRow& row);
// True when any product, active or not, belongs to the category.
bool CategoryInUse(db::Connection& conn, std::int64_t id);
// True when a row was deleted.
bool DeleteCategory(db::Connection& conn, std::int64_t id);

// The product, whether active or not; `lock` takes a row lock for an update in a transaction.
std::optional<Product> FindProduct(db::Connection& conn, std::int64_t id, bool lock = false);
std::optional<Product> FindProductBySlug(db::Connection& conn, const std::string& slug);
std::int64_t InsertProduct(db::Connection& conn, const ProductRow& row);
void UpdateProduct(db::Connection& conn, std::int64_t id, const ProductRow& row);
// True when an order item refers to the product.
bool ProductOrdered(db::Connection& conn, std::int64_t id);
bool DeleteProduct(db::Connection& conn, std::int64_t id);
bool DeactivateProduct(db::Connection& conn, std::int64_t id);
std::int64_t CountProducts(db::Connection& conn);

// One page of products matching `query`, with the number of all matches (`total` when the caller
// knows it for a listing without search: then nothing is counted); a search finds its best 100
// matches at most (the matches of every word first), and counts only those.
ProductPage ListProducts(db::Connection& conn, const ProductQuery& query, std::optional<std::int64_t> total);

// Which of `candidates` (valid slugs) the table already uses; an index lookup per candidate.
std::vector<std::string> CategorySlugsAmong(db::Connection& conn, const std::vector<std::string>& candidates);
std::vector<std::string> ProductSlugsAmong(db::Connection& conn, const std::vector<std::string>& candidates);
// Slugs of the table equal to `base` or starting with it (base is a valid slug): a full scan of
// the slug index, for when every numbered candidate is taken.
std::vector<std::string> CategorySlugsLike(db::Connection& conn, const std::string& base);
std::vector<std::string> ProductSlugsLike(db::Connection& conn, const std::string& base);

}  // namespace shop::catalog::store

// The catalog's SQL: categories, products and the slugs already taken (the listing has its own
// unit, catalog/product_listing).
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
std::int64_t InsertProduct(db::Connection& conn, const ProductFields& fields);
void UpdateProduct(db::Connection& conn, std::int64_t id, const ProductFields& fields);
// True when an order item refers to the product.
bool ProductOrdered(db::Connection& conn, std::int64_t id);
bool DeleteProduct(db::Connection& conn, std::int64_t id);
bool DeactivateProduct(db::Connection& conn, std::int64_t id);
std::int64_t CountProducts(db::Connection& conn);

// Which of `candidates` (valid slugs) the table already uses; an index lookup per candidate.
std::vector<std::string> CategorySlugsAmong(db::Connection& conn, const std::vector<std::string>& candidates);
std::vector<std::string> ProductSlugsAmong(db::Connection& conn, const std::vector<std::string>& candidates);
// Slugs of the table equal to `base` or starting with it (base is a valid slug): a full scan of
// the slug index, for when every numbered candidate is taken.
std::vector<std::string> CategorySlugsLike(db::Connection& conn, const std::string& base);
std::vector<std::string> ProductSlugsLike(db::Connection& conn, const std::string& base);

}  // namespace shop::catalog::store

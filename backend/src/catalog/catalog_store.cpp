#include "catalog/catalog_store.hpp"

#include <nlohmann/json.hpp>

namespace shop::catalog::store {
namespace {

constexpr db::Statement kListCategories{"catalog_list_categories", R"(
SELECT c.id, c.name, c.slug, c.description, c.image_url, c.created_at, coalesce(n.count, 0) AS product_count
FROM categories c
LEFT JOIN (SELECT category_id, count(*) AS count FROM products WHERE is_active GROUP BY category_id) n
       ON n.category_id = c.id
ORDER BY c.name, c.id)"};

constexpr db::Statement kFindCategory{"catalog_find_category", R"(
SELECT c.id, c.name, c.slug, c.description, c.image_url, c.created_at,
       (SELECT count(*) FROM products p WHERE p.category_id = c.id AND p.is_active) AS product_count
FROM categories c WHERE c.id = $1)"};

constexpr db::Statement kFindCategoryBySlug{"catalog_find_category_by_slug", R"(
SELECT c.id, c.name, c.slug, c.description, c.image_url, c.created_at,
       (SELECT count(*) FROM products p WHERE p.category_id = c.id AND p.is_active) AS product_count
FROM categories c WHERE c.slug = $1)"};

constexpr db::Statement kCategoryExists{"catalog_category_exists",
                                        "SELECT EXISTS (SELECT 1 FROM categories WHERE id = $1) AS found"};

constexpr db::Statement kInsertCategory{"catalog_insert_category", R"(
INSERT INTO categories (name, slug, description, image_url) VALUES ($1, $2, $3, $4) RETURNING id)"};

constexpr db::Statement kUpdateCategory{"catalog_update_category", R"(
UPDATE categories SET name = $2, slug = $3, description = $4, image_url = $5, updated_at = now() WHERE id = $1)"};

constexpr db::Statement kCategoryInUse{"catalog_category_in_use",
                                       "SELECT EXISTS (SELECT 1 FROM products WHERE category_id = $1) AS found"};

constexpr db::Statement kDeleteCategory{"catalog_delete_category", "DELETE FROM categories WHERE id = $1"};

const db::JoinedStatement kFindProduct{"catalog_find_product",
                                       {"SELECT ", kProductColumns,
                                        " FROM products p LEFT JOIN categories c ON c.id = p.category_id"
                                        " WHERE p.id = $1"}};

const db::JoinedStatement kFindProductForUpdate{"catalog_find_product_for_update",
                                                {kFindProduct.sql, " FOR UPDATE OF p"}};

const db::JoinedStatement kFindProductBySlug{"catalog_find_product_by_slug",
                                             {"SELECT ", kProductColumns,
                                              " FROM products p LEFT JOIN categories c ON c.id = p.category_id"
                                              " WHERE p.slug = $1"}};

// Both take the parameters of FieldParams: $1 ... $13, and the product's id as $14 to update.
constexpr db::Statement kInsertProduct{"catalog_insert_product", R"(
INSERT INTO products (name, slug, description, price, compare_at_price, cost_per_item, stock_quantity, sku,
                      image_url, images, is_active, is_featured, category_id)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, ARRAY(SELECT json_array_elements_text($10::json)), $11, $12, $13)
RETURNING id)"};

constexpr db::Statement kUpdateProduct{"catalog_update_product", R"(
UPDATE products
SET name = $1, slug = $2, description = $3, price = $4, compare_at_price = $5, cost_per_item = $6,
    stock_quantity = $7, sku = $8, image_url = $9, images = ARRAY(SELECT json_array_elements_text($10::json)),
    is_active = $11, is_featured = $12, category_id = $13, updated_at = now()
WHERE id = $14)"};

constexpr db::Statement kProductOrdered{"catalog_product_ordered",
                                        "SELECT EXISTS (SELECT 1 FROM order_items WHERE product_id = $1) AS found"};
constexpr db::Statement kDeleteProduct{"catalog_delete_product", "DELETE FROM products WHERE id = $1"};
constexpr db::Statement kDeactivateProduct{"catalog_deactivate_product",
                                           "UPDATE products SET is_active = false, updated_at = now() WHERE id = $1"};
constexpr db::Statement kCountProducts{"catalog_count_products", "SELECT count(*) AS count FROM products"};

// Slugs hold only [a-z0-9-], so they need no quoting inside an array literal or a LIKE pattern.
constexpr db::Statement kCategorySlugsAmong{"catalog_category_slugs_among",
                                            "SELECT slug FROM categories WHERE slug = ANY ($1::text[])"};
constexpr db::Statement kProductSlugsAmong{"catalog_product_slugs_among",
                                           "SELECT slug FROM products WHERE slug = ANY ($1::text[])"};
constexpr db::Statement kCategorySlugsLike{"catalog_category_slugs_like",
                                           "SELECT slug FROM categories WHERE slug LIKE $1 || '%'"};
constexpr db::Statement kProductSlugsLike{"catalog_product_slugs_like",
                                          "SELECT slug FROM products WHERE slug LIKE $1 || '%'"};

bool Found(const db::Result& result) { return !result.empty() && result.front().Bool("found"); }

std::vector<std::string> Slugs(const db::Result& result) {
  std::vector<std::string> slugs;
  for (const auto row : result) slugs.push_back(row.String("slug"));
  return slugs;
}

std::optional<Category> OneCategory(const db::Result& result) { return result.First(CategoryFromRow); }

std::optional<Product> OneProduct(const db::Result& result) { return result.First(ProductFromRow); }

std::string ArrayLiteral(const std::vector<std::string>& slugs) {
  std::string literal = "{";
  for (const auto& slug : slugs) literal += (literal.size() > 1 ? "," : "") + slug;
  return literal + "}";
}

std::vector<db::Param> FieldParams(const ProductFields& fields) {
  return {fields.name,
          fields.slug,
          fields.description,
          fields.price,
          fields.compare_at_price,
          fields.cost_per_item,
          fields.stock_quantity,
          fields.sku,
          fields.image_url,
          nlohmann::json(fields.images).dump(),
          fields.is_active,
          fields.is_featured,
          fields.category_id};
}

}  // namespace

std::vector<Category> ListCategories(db::Connection& conn) {
  std::vector<Category> categories;
  for (const auto row : conn.Exec(kListCategories)) categories.push_back(CategoryFromRow(row));
  return categories;
}

std::optional<Category> FindCategory(db::Connection& conn, std::int64_t id) {
  return OneCategory(conn.Exec(kFindCategory, {id}));
}

std::optional<Category> FindCategoryBySlug(db::Connection& conn, const std::string& slug) {
  return OneCategory(conn.Exec(kFindCategoryBySlug, {slug}));
}

bool CategoryExists(db::Connection& conn, std::int64_t id) { return Found(conn.Exec(kCategoryExists, {id})); }

std::int64_t InsertCategory(db::Connection& conn, const CategoryRow& row) {
  return conn.Exec(kInsertCategory, {row.name, row.slug, row.description, row.image_url}).front().Int("id");
}

void UpdateCategory(db::Connection& conn, std::int64_t id, const CategoryRow& row) {
  conn.Exec(kUpdateCategory, {id, row.name, row.slug, row.description, row.image_url});
}

bool CategoryInUse(db::Connection& conn, std::int64_t id) { return Found(conn.Exec(kCategoryInUse, {id})); }

bool DeleteCategory(db::Connection& conn, std::int64_t id) { return conn.Exec(kDeleteCategory, {id}).affected() > 0; }

std::optional<Product> FindProduct(db::Connection& conn, std::int64_t id, bool lock) {
  return OneProduct(conn.Exec(lock ? kFindProductForUpdate : kFindProduct, {id}));
}

std::optional<Product> FindProductBySlug(db::Connection& conn, const std::string& slug) {
  return OneProduct(conn.Exec(kFindProductBySlug, {slug}));
}

std::int64_t InsertProduct(db::Connection& conn, const ProductFields& fields) {
  return conn.Exec(kInsertProduct, FieldParams(fields)).front().Int("id");
}

void UpdateProduct(db::Connection& conn, std::int64_t id, const ProductFields& fields) {
  std::vector<db::Param> params = FieldParams(fields);
  params.emplace_back(id);
  conn.Exec(kUpdateProduct, params);
}

bool ProductOrdered(db::Connection& conn, std::int64_t id) { return Found(conn.Exec(kProductOrdered, {id})); }

bool DeleteProduct(db::Connection& conn, std::int64_t id) { return conn.Exec(kDeleteProduct, {id}).affected() > 0; }

bool DeactivateProduct(db::Connection& conn, std::int64_t id) {
  return conn.Exec(kDeactivateProduct, {id}).affected() > 0;
}

std::int64_t CountProducts(db::Connection& conn) { return conn.Exec(kCountProducts).front().Int("count"); }

std::vector<std::string> CategorySlugsAmong(db::Connection& conn, const std::vector<std::string>& candidates) {
  return Slugs(conn.Exec(kCategorySlugsAmong, {ArrayLiteral(candidates)}));
}

std::vector<std::string> ProductSlugsAmong(db::Connection& conn, const std::vector<std::string>& candidates) {
  return Slugs(conn.Exec(kProductSlugsAmong, {ArrayLiteral(candidates)}));
}

std::vector<std::string> CategorySlugsLike(db::Connection& conn, const std::string& base) {
  return Slugs(conn.Exec(kCategorySlugsLike, {base}));
}

std::vector<std::string> ProductSlugsLike(db::Connection& conn, const std::string& base) {
  return Slugs(conn.Exec(kProductSlugsLike, {base}));
}

}  // namespace shop::catalog::store

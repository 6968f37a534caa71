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

constexpr db::Statement kFindProduct{"catalog_find_product", R"(
SELECT p.id, p.name, p.slug, p.description, p.price, p.compare_at_price, p.cost_per_item, p.stock_quantity, p.sku,
       p.image_url, array_to_json(p.images) AS images_json, p.is_active, p.is_featured, p.category_id,
       c.name AS category_name, c.slug AS category_slug, p.created_at, p.updated_at
FROM products p LEFT JOIN categories c ON c.id = p.category_id
WHERE p.id = $1)"};

constexpr db::Statement kFindProductForUpdate{"catalog_find_product_for_update", R"(
SELECT p.id, p.name, p.slug, p.description, p.price, p.compare_at_price, p.cost_per_item, p.stock_quantity, p.sku,
       p.image_url, array_to_json(p.images) AS images_json, p.is_active, p.is_featured, p.category_id,
       c.name AS category_name, c.slug AS category_slug, p.created_at, p.updated_at
FROM products p LEFT JOIN categories c ON c.id = p.category_id
WHERE p.id = $1
FOR UPDATE OF p)"};

constexpr db::Statement kFindProductBySlug{"catalog_find_product_by_slug", R"(
SELECT p.id, p.name, p.slug, p.description, p.price, p.compare_at_price, p.cost_per_item, p.stock_quantity, p.sku,
       p.image_url, array_to_json(p.images) AS images_json, p.is_active, p.is_featured, p.category_id,
       c.name AS category_name, c.slug AS category_slug, p.created_at, p.updated_at
FROM products p LEFT JOIN categories c ON c.id = p.category_id
WHERE p.slug = $1)"};

constexpr db::Statement kInsertProduct{"catalog_insert_product", R"(
INSERT INTO products (name, slug, description, price, compare_at_price, cost_per_item, stock_quantity, sku,
                      image_url, images, is_active, is_featured, category_id, created_at, updated_at)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, ARRAY(SELECT json_array_elements_text($10::json)), $11, $12, $13,
        now() - make_interval(hours => $14::int), now() - make_interval(hours => $14::int))
RETURNING id)"};

constexpr db::Statement kUpdateProduct{"catalog_update_product", R"(
UPDATE products
SET name = $2, slug = $3, description = $4, price = $5, compare_at_price = $6, cost_per_item = $7,
    stock_quantity = $8, sku = $9, image_url = $10, images = ARRAY(SELECT json_array_elements_text($11::json)),
    is_active = $12, is_featured = $13, category_id = $14, updated_at = now()
WHERE id = $1)"};

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

// --- the listing, assembled from the fixed fragments below; every value is a parameter -----

constexpr std::string_view kListColumns = R"(
SELECT p.id, p.name, p.slug, p.description, p.price, p.compare_at_price, p.cost_per_item, p.stock_quantity, p.sku,
       p.image_url, array_to_json(p.images) AS images_json, p.is_active, p.is_featured, p.category_id,
       c.name AS category_name, c.slug AS category_slug, p.created_at, p.updated_at)";

// The search as an OR of its words: plainto_tsquery stems the words and quotes every lexeme, so
// turning its ANDs into ORs yields a safe tsquery ("runing shoes" → 'rune' | 'shoe').
constexpr std::string_view kAnyWordQuery = "replace(plainto_tsquery('english', {})::text, ' & ', ' | ')::tsquery";
constexpr std::string_view kEveryWordQuery = "plainto_tsquery('english', {})";

// A search ranks at most this many matches, and finds no more: ranking is the costly part, and a
// broad search ("premium") matches thousands of products that nobody pages through.
constexpr std::int64_t kSearchCandidates = 100;

std::string Placeholder(std::vector<db::Param>& params, db::Param value) {
  params.push_back(std::move(value));
  return "$" + std::to_string(params.size());
}

// `pattern` with its "{}" replaced by `text`.
std::string WithText(std::string_view pattern, const std::string& text) {
  std::string sql(pattern);
  sql.replace(sql.find("{}"), 2, text);
  return sql;
}

struct ListSql {
  std::string where;       // " WHERE " and the filters, or empty
  std::string every_word;  // with a search: every word of it in the full text;
  std::string any_word;    // any word of it in the full text, or in the name with a typo;
  std::string rank;        // its relevance. All three are empty without a search.
  std::vector<db::Param> params;
};

ListSql BuildFilters(const ProductQuery& query) {
  ListSql sql;
  std::vector<std::string> conditions;
  if (!query.include_inactive) conditions.emplace_back("p.is_active");
  if (query.category_id) conditions.push_back("p.category_id = " + Placeholder(sql.params, *query.category_id));
  if (query.category_slug) {
    conditions.push_back("p.category_id = (SELECT id FROM categories WHERE slug = " +
                         Placeholder(sql.params, *query.category_slug) + ")");
  }
  if (query.min_price) conditions.push_back("p.price >= " + Placeholder(sql.params, *query.min_price) + "::numeric");
  if (query.max_price) conditions.push_back("p.price <= " + Placeholder(sql.params, *query.max_price) + "::numeric");
  if (query.in_stock) conditions.emplace_back(*query.in_stock ? "p.stock_quantity > 0" : "p.stock_quantity = 0");
  if (query.featured) conditions.emplace_back(*query.featured ? "p.is_featured" : "NOT p.is_featured");
  for (std::size_t i = 0; i < conditions.size(); ++i) sql.where += (i == 0 ? " WHERE " : " AND ") + conditions[i];
  if (query.search) {
    const std::string text = Placeholder(sql.params, *query.search);
    const std::string any_word = WithText(kAnyWordQuery, text);
    sql.every_word = "p.search_vector @@ " + WithText(kEveryWordQuery, text);
    sql.any_word = "(p.search_vector @@ " + any_word;
    for (const auto& word : query.fuzzy_words) {
      sql.any_word += " OR lower(p.name) %> " + Placeholder(sql.params, word);
    }
    sql.any_word += ")";
    // Full-text rank, plus how closely the name resembles the search (typos), plus a lift for the
    // exact sku, which an admin pastes to find one product.
    sql.rank = "ts_rank(p.search_vector, " + any_word + ") + word_similarity(lower(" + text + "), lower(p.name))" +
               " + CASE WHEN lower(p.sku) = lower(" + text + ") THEN 10 ELSE 0 END";
  }
  return sql;
}

// The ORDER BY of a listing; `rank` names the relevance column when there is one.
std::string OrderBy(ProductSort sort, std::string_view rank) {
  switch (sort) {
    case ProductSort::kPriceAsc:
      return "p.price ASC, p.id ASC";
    case ProductSort::kPriceDesc:
      return "p.price DESC, p.id DESC";
    case ProductSort::kNameAsc:
      return "p.name ASC, p.id ASC";
    case ProductSort::kNameDesc:
      return "p.name DESC, p.id DESC";
    case ProductSort::kRelevance:
      if (!rank.empty()) return std::string(rank) + " DESC, p.id DESC";
      break;
    case ProductSort::kNewest:
      break;
  }
  return "p.created_at DESC, p.id DESC";
}

// The ids a search ranks, as the CTE `candidates`: the matches of every word first, then those of
// any word only, at most kSearchCandidates in all. Each list is read lazily (a MATERIALIZED CTE
// runs only as far as it is read), so a broad search stops at the first matches in the table
// instead of fetching thousands, and the second list is not even looked up when the first fills
// the candidates; planned for all their rows, both lists take the search indexes.
std::string SearchCandidates(const ListSql& sql) {
  const std::string filters = sql.where.empty() ? " WHERE " : sql.where + " AND ";
  const std::string limit = " LIMIT " + std::to_string(kSearchCandidates);
  return db::JoinSql({"WITH every_word AS MATERIALIZED (SELECT p.id FROM products p", filters, sql.every_word, "),",
                      " any_word AS MATERIALIZED (SELECT p.id FROM products p", filters, sql.any_word, " AND NOT (",
                      sql.every_word, ")),", " candidates AS ((SELECT id FROM every_word", limit, ")",
                      " UNION ALL (SELECT id FROM any_word", limit, " - (SELECT count(*) FROM (SELECT FROM every_word",
                      limit, ") e))) "});
}

bool Found(const db::Result& result) { return !result.empty() && result.front().Bool("found"); }

std::vector<std::string> Slugs(const db::Result& result) {
  std::vector<std::string> slugs;
  for (const auto row : result) slugs.push_back(row.String("slug"));
  return slugs;
}

std::optional<Category> OneCategory(const db::Result& result) {
  if (result.empty()) return std::nullopt;
  return CategoryFromRow(result.front());
}

std::optional<Product> OneProduct(const db::Result& result) {
  if (result.empty()) return std::nullopt;
  return ProductFromRow(result.front());
}

std::string ArrayLiteral(const std::vector<std::string>& slugs) {
  std::string literal = "{";
  for (const auto& slug : slugs) literal += (literal.size() > 1 ? "," : "") + slug;
  return literal + "}";
}

std::string ImagesJson(const std::vector<std::string>& images) { return nlohmann::json(images).dump(); }

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

std::int64_t InsertProduct(db::Connection& conn, const ProductRow& row) {
  return conn
      .Exec(kInsertProduct, {row.name, row.slug, row.description, row.price, row.compare_at_price, row.cost_per_item,
                             row.stock_quantity, row.sku, row.image_url, ImagesJson(row.images), row.is_active,
                             row.is_featured, row.category_id, row.age_hours})
      .front()
      .Int("id");
}

void UpdateProduct(db::Connection& conn, std::int64_t id, const ProductRow& row) {
  conn.Exec(kUpdateProduct, {id, row.name, row.slug, row.description, row.price, row.compare_at_price,
                             row.cost_per_item, row.stock_quantity, row.sku, row.image_url, ImagesJson(row.images),
                             row.is_active, row.is_featured, row.category_id});
}

bool ProductOrdered(db::Connection& conn, std::int64_t id) { return Found(conn.Exec(kProductOrdered, {id})); }

bool DeleteProduct(db::Connection& conn, std::int64_t id) { return conn.Exec(kDeleteProduct, {id}).affected() > 0; }

bool DeactivateProduct(db::Connection& conn, std::int64_t id) {
  return conn.Exec(kDeactivateProduct, {id}).affected() > 0;
}

std::int64_t CountProducts(db::Connection& conn) { return conn.Exec(kCountProducts).front().Int("count"); }

ProductPage ListProducts(db::Connection& conn, const ProductQuery& query, std::optional<std::int64_t> total) {
  ListSql sql = BuildFilters(query);
  const bool search = !sql.rank.empty();
  const bool ranked = search && query.sort == ProductSort::kRelevance;
  const std::string candidates = search ? SearchCandidates(sql) : "";
  std::vector<db::Param> params = sql.params;
  // The page's ids are chosen over narrow rows first; only those twenty rows are then read in
  // full, which keeps a broad listing from sorting thousands of wide rows. A search counts its
  // candidates on the way (count(*) OVER ()), a listing counts its matches apart.
  std::string page_ids = "SELECT p.id";
  if (ranked) page_ids += ", " + sql.rank + " AS rank";
  if (search) {
    page_ids += ", count(*) OVER () AS total FROM candidates JOIN products p ON p.id = candidates.id";
  } else {
    page_ids += " FROM products p" + sql.where;
  }
  page_ids += " ORDER BY " + OrderBy(query.sort, ranked ? "rank" : "");
  page_ids +=
      " LIMIT " + Placeholder(params, query.size) + " OFFSET " + Placeholder(params, (query.page - 1) * query.size);
  std::string select = candidates + std::string(kListColumns);
  if (search) select += ", r.total";
  select += " FROM (" + page_ids + ") r JOIN products p ON p.id = r.id LEFT JOIN categories c ON c.id = p.category_id";
  select += " ORDER BY " + OrderBy(query.sort, ranked ? "r.rank" : "");

  ProductPage page;
  const db::Result rows = conn.ExecDynamic(select, params);
  for (const auto row : rows) page.items.push_back(ProductFromRow(row));
  const auto returned = static_cast<std::int64_t>(page.items.size());
  if (search && returned > 0) {
    page.total = rows.front().Int("total");
  } else if (total && !search) {
    page.total = *total;
  } else if (query.page == 1 && returned < query.size) {
    page.total = returned;  // the whole result fits on the first page: no need to count
  } else if (search) {
    page.total =
        conn.ExecDynamic(candidates + "SELECT count(*) AS count FROM candidates", sql.params).front().Int("count");
  } else {
    page.total =
        conn.ExecDynamic("SELECT count(*) AS count FROM products p" + sql.where, sql.params).front().Int("count");
  }
  return page;
}

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

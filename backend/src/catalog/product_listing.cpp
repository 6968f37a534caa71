#include "catalog/product_listing.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace shop::catalog::store {
namespace {

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
    case ProductSort::kRating:  // the best first, then the most reviewed; products without reviews last
      return "p.rating_average DESC NULLS LAST, p.review_count DESC, p.id DESC";
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

}  // namespace

Page<Product> ListProducts(db::Connection& conn, const ProductQuery& query, std::optional<std::int64_t> total) {
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
  std::string select = db::JoinSql({candidates, "SELECT ", kProductColumns});
  if (search) select += ", r.total";
  select += " FROM (" + page_ids + ") r JOIN products p ON p.id = r.id LEFT JOIN categories c ON c.id = p.category_id";
  select += " ORDER BY " + OrderBy(query.sort, ranked ? "r.rank" : "");

  Page<Product> page;
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

}  // namespace shop::catalog::store

#include "variants/variants_store.hpp"

#include "http/json_or_null.hpp"

namespace shop::variants::store {
namespace {

constexpr db::Statement kLoadOptions{
    "variants_load_options",
    "SELECT name, array_to_json(choices) AS values_json FROM product_options WHERE product_id = $1 ORDER BY position"};

constexpr db::Statement kLoadVariants{
    "variants_load",
    "SELECT id, array_to_json(option_values) AS options_json, sku, price, compare_at_price, stock_quantity "
    "FROM product_variants WHERE product_id = $1 ORDER BY position, id"};

// The per-SKU locks of 0016_one_sku_space.sql (lock_sku), taken in one order (of the SKUs) by
// every variant save, so two saves sharing SKUs wait for each other instead of deadlocking.
constexpr db::Statement kLockSkus{"variants_lock_skus",
                                  "SELECT lock_sku(s) FROM (SELECT DISTINCT s FROM jsonb_array_elements_text($1::jsonb)"
                                  " AS s ORDER BY s) AS skus"};
constexpr db::Statement kSkusOfOtherProducts{
    "variants_skus_of_other_products",
    "SELECT sku FROM products WHERE sku IN (SELECT jsonb_array_elements_text($2::jsonb)) AND id <> $1 UNION "
    "SELECT sku FROM product_variants WHERE sku IN (SELECT jsonb_array_elements_text($2::jsonb)) AND product_id <> $1 "
    "ORDER BY sku"};

constexpr db::Statement kCountOwnVariants{
    "variants_count_own",
    "SELECT count(*) AS count FROM product_variants WHERE product_id = $1 AND id = ANY($2::bigint[])"};

constexpr db::Statement kDropOptions{"variants_drop_options", "DELETE FROM product_options WHERE product_id = $1"};

constexpr db::Statement kInsertOptions{"variants_insert_options",
                                       "INSERT INTO product_options (product_id, position, name, choices) "
                                       "SELECT $1, x.n - 1, x.name, x.choices FROM ROWS FROM "
                                       "(jsonb_to_recordset($2::jsonb) AS (name text, choices text[])) "
                                       "WITH ORDINALITY AS x(name, choices, n)"};

// The variants kept take the values sent; the others go (their cart lines with them); the new ones
// are added. The unique SKU and combination are checked at the end (SET CONSTRAINTS below), so
// rows may swap them.
constexpr db::Statement kDropVariants{
    "variants_drop", "DELETE FROM product_variants WHERE product_id = $1 AND NOT (id = ANY($2::bigint[]))"};

constexpr db::Statement kUpdateVariants{
    "variants_update",
    "UPDATE product_variants v SET option_values = x.options, sku = x.sku, price = x.price,"
    " compare_at_price = x.compare_at_price, stock_quantity = x.stock_quantity, position = x.n, updated_at = now() "
    "FROM ROWS FROM (jsonb_to_recordset($2::jsonb) AS (id bigint, options text[], sku text, price numeric,"
    " compare_at_price numeric, stock_quantity integer)) WITH ORDINALITY AS x(id, options, sku, price,"
    " compare_at_price, stock_quantity, n) "
    "WHERE v.product_id = $1 AND v.id = x.id"};

constexpr db::Statement kInsertVariants{
    "variants_insert",
    "INSERT INTO product_variants (product_id, option_values, sku, price, compare_at_price, stock_quantity, position) "
    "SELECT $1, x.options, x.sku, x.price, x.compare_at_price, x.stock_quantity, x.n "
    "FROM ROWS FROM (jsonb_to_recordset($2::jsonb) AS (id bigint, options text[], sku text, price numeric,"
    " compare_at_price numeric, stock_quantity integer)) WITH ORDINALITY AS x(id, options, sku, price,"
    " compare_at_price, stock_quantity, n) "
    "WHERE x.id IS NULL ORDER BY x.n"};

constexpr db::Statement kCheckUnique{
    "variants_check_unique", "SET CONSTRAINTS product_variants_sku_key, product_variants_combination_key IMMEDIATE"};

// A product that gains variants keeps no line of the plain product: it is no longer sold as one.
constexpr db::Statement kSetProduct{
    "variants_set_product",
    "WITH product AS (UPDATE products SET has_variants = $2, stock_quantity = $3, updated_at = now() WHERE id = $1) "
    "DELETE FROM cart_items WHERE product_id = $1 AND variant_id IS NULL AND $2"};

nlohmann::json OptMoney(const std::optional<Money>& money) {
  return money ? nlohmann::json(money->ToString()) : nlohmann::json(nullptr);
}

}  // namespace

Variants Load(db::Connection& connection, std::int64_t product_id) {
  const auto results = connection.ExecBatch({{kLoadOptions, {product_id}}, {kLoadVariants, {product_id}}});
  Variants loaded;
  for (const auto& row : results[0]) {
    loaded.options.push_back(
        {row.String("name"), nlohmann::json::parse(row.Text("values_json")).get<std::vector<std::string>>()});
  }
  for (const auto& row : results[1]) {
    loaded.variants.push_back(
        {row.Int("id"), nlohmann::json::parse(row.Text("options_json")).get<std::vector<std::string>>(),
         row.String("sku"), row.OptMoney("price"), row.OptMoney("compare_at_price"), row.Int("stock_quantity")});
  }
  return loaded;
}

void LockSkus(db::Connection& connection, const std::vector<std::string>& skus) {
  connection.Exec(kLockSkus, {nlohmann::json(skus).dump()});
}

std::vector<std::string> SkusOfOtherProducts(db::Connection& connection, std::int64_t product_id,
                                             const std::vector<std::string>& skus) {
  std::vector<std::string> taken;
  for (const auto& row : connection.Exec(kSkusOfOtherProducts, {product_id, nlohmann::json(skus).dump()})) {
    taken.push_back(row.String("sku"));
  }
  return taken;
}

bool Replace(db::Connection& connection, std::int64_t product_id, const Variants& variants, std::int64_t plain_stock) {
  std::vector<std::int64_t> kept;
  nlohmann::json options = nlohmann::json::array();
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& option : variants.options) options.push_back({{"name", option.name}, {"choices", option.values}});
  for (const auto& variant : variants.variants) {
    if (variant.id) kept.push_back(*variant.id);
    rows.push_back({{"id", http::OrNull(variant.id)},
                    {"options", variant.options},
                    {"sku", variant.sku},
                    {"price", OptMoney(variant.price)},
                    {"compare_at_price", OptMoney(variant.compare_at_price)},
                    {"stock_quantity", variant.stock_quantity}});
  }
  if (connection.Exec(kCountOwnVariants, {product_id, kept}).front().Int("count") !=
      static_cast<std::int64_t>(kept.size())) {
    return false;
  }
  const bool has_variants = !variants.variants.empty();
  const std::int64_t stock = has_variants ? variants.total_stock() : plain_stock;
  const auto body = rows.dump();
  connection.ExecBatch({{kDropOptions, {product_id}},
                        {kInsertOptions, {product_id, options.dump()}},
                        {kDropVariants, {product_id, kept}},
                        {kUpdateVariants, {product_id, body}},
                        {kInsertVariants, {product_id, body}},
                        {kCheckUnique, {}},
                        {kSetProduct, {product_id, has_variants, stock}}});
  return true;
}

}  // namespace shop::variants::store

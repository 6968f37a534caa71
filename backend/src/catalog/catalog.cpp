#include "catalog/catalog.hpp"

namespace shop::catalog {
namespace {

nlohmann::json OptMoneyJson(const std::optional<Money>& money) {
  return money ? nlohmann::json(money->ToDouble()) : nlohmann::json(nullptr);
}

nlohmann::json OptStringJson(const std::optional<std::string>& text) {
  return text ? nlohmann::json(*text) : nlohmann::json(nullptr);
}

}  // namespace

Category CategoryFromRow(const db::Row& row) {
  return Category{row.Int("id"),
                  row.String("name"),
                  row.String("slug"),
                  row.OptString("description"),
                  row.OptString("image_url"),
                  row.Int("product_count"),
                  row.Timestamp("created_at")};
}

Product ProductFromRow(const db::Row& row) {
  Product product;
  product.id = row.Int("id");
  product.name = row.String("name");
  product.slug = row.String("slug");
  product.description = row.String("description");
  product.price = row.GetMoney("price");
  product.compare_at_price = row.OptMoney("compare_at_price");
  product.cost_per_item = row.OptMoney("cost_per_item");
  product.stock_quantity = row.Int("stock_quantity");
  product.sku = row.String("sku");
  product.image_url = row.OptString("image_url");
  product.images = nlohmann::json::parse(row.Text("images_json")).get<std::vector<std::string>>();
  product.is_active = row.Bool("is_active");
  product.is_featured = row.Bool("is_featured");
  if (!row.IsNull("category_id")) {
    product.category = CategoryRef{row.Int("category_id"), row.String("category_name"), row.String("category_slug")};
  }
  product.created_at = row.Timestamp("created_at");
  product.updated_at = row.Timestamp("updated_at");
  return product;
}

nlohmann::json ToJson(const Category& category) {
  return {{"id", category.id},
          {"name", category.name},
          {"slug", category.slug},
          {"description", OptStringJson(category.description)},
          {"image_url", OptStringJson(category.image_url)},
          {"product_count", category.product_count},
          {"created_at", category.created_at}};
}

nlohmann::json ToJson(const Product& product, Audience audience) {
  nlohmann::json category = nullptr;
  if (product.category) {
    category = {{"id", product.category->id}, {"name", product.category->name}, {"slug", product.category->slug}};
  }
  nlohmann::json json = {
      {"id", product.id},
      {"name", product.name},
      {"slug", product.slug},
      {"description", product.description},
      {"price", product.price.ToDouble()},
      {"compare_at_price", OptMoneyJson(product.compare_at_price)},
      {"stock_quantity", product.stock_quantity},
      {"sku", product.sku},
      {"image_url", OptStringJson(product.image_url)},
      {"images", product.images},
      {"is_active", product.is_active},
      {"is_featured", product.is_featured},
      {"category_id", product.category ? nlohmann::json(product.category->id) : nlohmann::json(nullptr)},
      {"category", std::move(category)},
      {"created_at", product.created_at},
      {"updated_at", product.updated_at}};
  if (audience == Audience::kAdmin) json["cost_per_item"] = OptMoneyJson(product.cost_per_item);
  return json;
}

}  // namespace shop::catalog

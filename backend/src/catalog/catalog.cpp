#include "catalog/catalog.hpp"

#include "http/json_or_null.hpp"

namespace shop::catalog {
namespace {

template <class T>
void Apply(T& field, const std::optional<T>& given) {
  if (given) field = *given;
}

template <class T>
void Apply(std::optional<T>& field, const Patch<T>& given) {
  if (given.present) field = given.value;
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
  product.has_variants = row.Bool("has_variants");
  product.category_id = row.OptInt("category_id");
  if (product.category_id) product.category = CategoryRef{row.String("category_name"), row.String("category_slug")};
  product.created_at = row.Timestamp("created_at");
  product.updated_at = row.Timestamp("updated_at");
  return product;
}

ProductFields Merged(ProductFields fields, const ProductInput& input) {
  Apply(fields.name, input.name);
  Apply(fields.slug, input.slug);
  Apply(fields.description, input.description);
  Apply(fields.price, input.price);
  Apply(fields.compare_at_price, input.compare_at_price);
  Apply(fields.cost_per_item, input.cost_per_item);
  Apply(fields.stock_quantity, input.stock_quantity);
  Apply(fields.sku, input.sku);
  Apply(fields.image_url, input.image_url);
  Apply(fields.images, input.images);
  Apply(fields.is_active, input.is_active);
  Apply(fields.is_featured, input.is_featured);
  Apply(fields.category_id, input.category_id);
  return fields;
}

nlohmann::json ToJson(const Category& category) {
  return {{"id", category.id},
          {"name", category.name},
          {"slug", category.slug},
          {"description", http::OrNull(category.description)},
          {"image_url", http::OrNull(category.image_url)},
          {"product_count", category.product_count},
          {"created_at", category.created_at}};
}

// Built member by member: a braced list would build every member as a two-element array first.
nlohmann::json ToJson(const Product& product, Audience audience) {
  nlohmann::json::object_t json;
  json.emplace("id", product.id);
  json.emplace("name", product.name);
  json.emplace("slug", product.slug);
  json.emplace("description", product.description);
  json.emplace("price", product.price.ToDouble());
  json.emplace("compare_at_price", http::OrNull(product.compare_at_price));
  json.emplace("stock_quantity", product.stock_quantity);
  json.emplace("sku", product.sku);
  json.emplace("image_url", http::OrNull(product.image_url));
  json.emplace("images", product.images);
  json.emplace("is_active", product.is_active);
  json.emplace("is_featured", product.is_featured);
  json.emplace("has_variants", product.has_variants);
  json.emplace("category_id", http::OrNull(product.category_id));
  if (product.category_id && product.category) {
    nlohmann::json::object_t category;
    category.emplace("id", *product.category_id);
    category.emplace("name", product.category->name);
    category.emplace("slug", product.category->slug);
    json.emplace("category", std::move(category));
  } else {
    json.emplace("category", nullptr);
  }
  json.emplace("created_at", product.created_at);
  json.emplace("updated_at", product.updated_at);
  if (audience == Audience::kAdmin) json.emplace("cost_per_item", http::OrNull(product.cost_per_item));
  return json;
}

}  // namespace shop::catalog

#include "catalog/catalog_requests.hpp"

#include <algorithm>
#include <limits>

#include "catalog/catalog_service.hpp"
#include "common/text.hpp"
#include "http/validation.hpp"

namespace shop::catalog {
namespace {

using http::Fields;
using http::Request;

constexpr std::int64_t kMaxId = std::numeric_limits<std::int64_t>::max();

bool IsUrl(std::string_view url) {
  const bool path = url.starts_with('/') && !url.starts_with("//");
  if (!path && !url.starts_with("https://") && !url.starts_with("http://")) return false;
  return std::none_of(url.begin(), url.end(),
                      [](char c) { return static_cast<unsigned char>(c) <= 0x20 || c == 0x7F; });
}

constexpr std::string_view kUrlMessage = "URL should start with https://, http:// or /";

std::optional<std::string> OptUrl(Fields& fields, std::string_view key) {
  auto url = fields.OptString(key, {1, 2048});
  if (url && !IsUrl(*url)) {
    fields.Add({"body", std::string(key)}, std::string(kUrlMessage), "url_parsing");
    return std::nullopt;
  }
  return url;
}

std::optional<std::string> OptSlug(Fields& fields) {
  auto slug = fields.OptString("slug", {1, 120});
  if (slug && !text::IsValidSlug(*slug)) {
    fields.Add({"body", "slug"}, "Slug should contain only lower-case letters, digits and single hyphens",
               "string_pattern_mismatch");
    return std::nullopt;
  }
  return slug;
}

// Required on create; on update only when present (and then not null).
std::optional<std::string> NameField(Fields& fields, bool create, std::size_t max_length) {
  if (!create && !fields.Has("name")) return std::nullopt;
  return fields.String("name", {1, max_length});
}

}  // namespace

Result<CategoryInput> ParseCategory(const Request& request, bool create) {
  return http::ReadJsonBody(request, [create](Fields& fields) {
    CategoryInput input;
    input.name = NameField(fields, create, 100);
    input.slug = OptSlug(fields);
    if (fields.Has("description")) input.description.Set(fields.OptString("description", {1, 2000}));
    if (fields.Has("image_url")) input.image_url.Set(OptUrl(fields, "image_url"));
    return input;
  });
}

Result<ProductInput> ParseProduct(const Request& request, bool create) {
  return http::ReadJsonBody(request, [create](Fields& fields) {
    ProductInput input;
    input.name = NameField(fields, create, 200);
    input.slug = OptSlug(fields);
    if (fields.Has("description")) input.description = fields.OptString("description", {1, 5000}).value_or("");
    if (create || fields.Has("price")) input.price = create ? fields.Price("price") : fields.OptPrice("price");
    if (fields.Has("compare_at_price")) input.compare_at_price.Set(fields.OptPrice("compare_at_price"));
    if (fields.Has("cost_per_item")) input.cost_per_item.Set(fields.OptPrice("cost_per_item"));
    constexpr std::int64_t kMaxStock = 1'000'000'000;
    input.stock_quantity =
        create ? fields.Int("stock_quantity", 0, kMaxStock) : fields.OptInt("stock_quantity", 0, kMaxStock);
    if (create || fields.Has("sku")) input.sku = fields.String("sku", {1, 64});
    if (fields.Has("image_url")) input.image_url.Set(OptUrl(fields, "image_url"));
    if (fields.Has("images")) {
      auto images = fields.StringList("images", 10, {1, 2048});
      for (std::size_t i = 0; i < images.size(); ++i) {
        if (!IsUrl(images[i]))
          fields.Add({"body", "images", std::to_string(i)}, std::string(kUrlMessage), "url_parsing");
      }
      input.images = std::move(images);
    }
    input.is_active = fields.OptBool("is_active");
    input.is_featured = fields.OptBool("is_featured");
    if (fields.Has("category_id")) input.category_id.Set(fields.OptInt("category_id", 1, kMaxId));
    return input;
  });
}

Result<ProductQuery> ParseProductQuery(const Request& request) {
  Fields fields;
  ProductQuery query;
  const auto page = fields.Page(request);
  query.page = page.page;
  query.size = page.size;
  query.category_slug = fields.QueryString(request, "category", 120);
  query.category_id = fields.OptQueryInt(request, "category_id", 1, kMaxId);
  query.search = fields.QueryString(request, "search", 200);
  query.min_price = fields.QueryMoney(request, "min_price");
  query.max_price = fields.QueryMoney(request, "max_price");
  query.in_stock = fields.QueryBool(request, "in_stock");
  query.featured = fields.QueryBool(request, "featured");
  const std::string sort =
      fields.QueryOneOf(request, "sort", query.search ? "relevance" : "newest",
                        {"newest", "price_asc", "price_desc", "name_asc", "name_desc", "relevance", "rating"});
  query.sort = sort == "price_asc"    ? ProductSort::kPriceAsc
               : sort == "price_desc" ? ProductSort::kPriceDesc
               : sort == "name_asc"   ? ProductSort::kNameAsc
               : sort == "name_desc"  ? ProductSort::kNameDesc
               : sort == "relevance"  ? ProductSort::kRelevance
               : sort == "rating"     ? ProductSort::kRating
                                      : ProductSort::kNewest;
  query.include_inactive = fields.QueryBool(request, "include_inactive").value_or(false) && request.CallerIsAdmin();
  if (auto status = fields.Finish(); !status) return std::move(status).error();
  return query;
}

}  // namespace shop::catalog

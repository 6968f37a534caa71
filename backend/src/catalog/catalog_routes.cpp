#include "catalog/catalog_routes.hpp"

#include <span>

#include "catalog/catalog_requests.hpp"
#include "http/cached_read.hpp"
#include "http/multipart.hpp"
#include "http/static_files.hpp"
#include "http/validation.hpp"

namespace shop::catalog {
namespace {

using http::Request;
using http::Response;
using nlohmann::json;

constexpr std::string_view kUploadCacheControl = "public, max-age=31536000, immutable";

// --- what is cached -----------------------------------------------------------------------

// The query parameters each cached read takes (ParseProductQuery and Fields::Page for the product
// list; none for the others), which alone make its cache key.
constexpr std::string_view kProductListParameters[] = {"page",     "size",      "category",        "category_id",
                                                       "search",   "min_price", "max_price",       "in_stock",
                                                       "featured", "sort",      "include_inactive"};

std::string CacheKey(const Request& request) {
  const bool product_list = request.path == "/api/products";
  return http::CacheKeyOf(
      request.path, request.query,
      product_list ? std::span<const std::string_view>(kProductListParameters) : std::span<const std::string_view>());
}

// Admins see more (inactive products, costs), so only other callers share cached responses.
bool Cacheable(const Request& request) { return !request.CallerIsAdmin() && !request.Query("include_inactive"); }

Result<Response> Cached(CatalogService& catalog, const Request& request, const http::RenderRead& render) {
  return CachedCatalogRead(catalog.cache(), request, render);
}

Audience AudienceOf(const Request& request) { return request.CallerIsAdmin() ? Audience::kAdmin : Audience::kPublic; }

json CategoryList(const std::vector<Category>& categories) {
  json items = json::array();
  for (const auto& category : categories) items.push_back(ToJson(category));
  return items;
}

json CategoryJson(const Category& category) { return ToJson(category); }
json AdminProductJson(const Product& product) { return ToJson(product, Audience::kAdmin); }

Result<Response> Deleted(const Status& deleted) {
  if (!deleted) return deleted.error();
  return Response::NoContent();
}

}  // namespace

Result<Response> CachedCatalogRead(http::ResponseCache& cache, const Request& request, const http::RenderRead& render) {
  const auto key = Cacheable(request) ? std::optional<std::string>(CacheKey(request)) : std::nullopt;
  return http::CachedRead(cache, request, key, render);
}

std::optional<Response> CachedResponse(CatalogService& catalog, const Request& request) {
  if (!request.Header("authorization").empty() || !Cacheable(request)) return std::nullopt;
  const auto entry = catalog.cache().Find(CacheKey(request));
  if (!entry) return std::nullopt;
  return http::KeptResponse(request, *entry);
}

// --- categories ---------------------------------------------------------------------------

Result<Response> ListCategories(CatalogService& catalog, const Request& request) {
  return Cached(catalog, request, [&]() -> Result<http::RenderedRead> {
    return http::RenderedRead{CategoryList(catalog.ListCategories())};
  });
}

Result<Response> GetCategory(CatalogService& catalog, const Request& request) {
  return Cached(catalog, request, [&]() -> Result<http::RenderedRead> {
    SHOP_TRY(id, http::PathId(request, "id"));
    SHOP_TRY(category, catalog.GetCategory(*id));
    return http::RenderedRead{ToJson(*category)};
  });
}

Result<Response> GetCategoryBySlug(CatalogService& catalog, const Request& request) {
  return Cached(catalog, request, [&]() -> Result<http::RenderedRead> {
    SHOP_TRY(category, catalog.GetCategoryBySlug(std::string(request.PathParam("slug"))));
    return http::RenderedRead{ToJson(*category)};
  });
}

Result<Response> CreateCategory(CatalogService& catalog, const Request& request) {
  SHOP_TRY(input, ParseCategory(request, /*create=*/true));
  return http::Respond(catalog.CreateCategory(*input), 201, CategoryJson);
}

Result<Response> UpdateCategory(CatalogService& catalog, const Request& request) {
  SHOP_TRY(id, http::PathId(request, "id"));
  SHOP_TRY(input, ParseCategory(request, /*create=*/false));
  return http::Respond(catalog.UpdateCategory(*id, *input), 200, CategoryJson);
}

Result<Response> DeleteCategory(CatalogService& catalog, const Request& request) {
  SHOP_TRY(id, http::PathId(request, "id"));
  return Deleted(catalog.DeleteCategory(*id));
}

// --- products -----------------------------------------------------------------------------

Result<Response> ListProducts(CatalogService& catalog, const Request& request) {
  return Cached(catalog, request, [&]() -> Result<http::RenderedRead> {
    SHOP_TRY(query, ParseProductQuery(request));
    const auto page = catalog.ListProducts(*query);
    const Audience audience = AudienceOf(request);
    http::RenderedRead rendered{.shown = {.availability = query->in_stock.has_value()}};
    json items = json::array();
    for (const auto& product : page.items) {
      items.push_back(ToJson(product, audience));
      rendered.shown.product_ids.push_back(product.id);
    }
    rendered.body = http::PageBody(std::move(items), page.total, {query->page, query->size});
    return rendered;
  });
}

Result<Response> GetProduct(CatalogService& catalog, const Request& request) {
  return Cached(catalog, request, [&]() -> Result<http::RenderedRead> {
    SHOP_TRY(id, http::PathId(request, "id"));
    SHOP_TRY(product, catalog.GetProduct(*id, request.CallerIsAdmin()));
    return http::RenderedRead{ToJson(*product, AudienceOf(request)), {.product_ids = {product->id}}};
  });
}

Result<Response> GetProductBySlug(CatalogService& catalog, const Request& request) {
  return Cached(catalog, request, [&]() -> Result<http::RenderedRead> {
    SHOP_TRY(product, catalog.GetProductBySlug(std::string(request.PathParam("slug")), request.CallerIsAdmin()));
    return http::RenderedRead{ToJson(*product, AudienceOf(request)), {.product_ids = {product->id}}};
  });
}

Result<Response> CreateProduct(CatalogService& catalog, const Request& request) {
  SHOP_TRY(input, ParseProduct(request, /*create=*/true));
  return http::Respond(catalog.CreateProduct(*input), 201, AdminProductJson);
}

Result<Response> UpdateProduct(CatalogService& catalog, const Request& request) {
  SHOP_TRY(id, http::PathId(request, "id"));
  SHOP_TRY(input, ParseProduct(request, /*create=*/false));
  return http::Respond(catalog.UpdateProduct(*id, *input), 200, AdminProductJson);
}

Result<Response> DeleteProduct(CatalogService& catalog, const Request& request) {
  SHOP_TRY(id, http::PathId(request, "id"));
  return Deleted(catalog.DeleteProduct(*id));
}

// --- images -------------------------------------------------------------------------------

Result<Response> UploadImage(CatalogService& catalog, const Request& request) {
  SHOP_TRY(file, http::FormDataField(request, "file"));
  return http::Respond(catalog.StoreImage(*file), 201, [](const std::string& url) { return json{{"url", url}}; });
}

// Stored files are images by their content, but a polyglot (a real image with markup after it)
// must not run as a page either when opened directly: sandboxed, with nothing allowed to load.
Result<Response> ServeUpload(CatalogService& catalog, const Request& request) {
  auto response = http::ServeFile(request, catalog.upload_dir(), request.PathParam("path"), kUploadCacheControl);
  response.WithHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; sandbox");
  return response;
}

}  // namespace shop::catalog

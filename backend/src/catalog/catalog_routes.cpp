#include "catalog/catalog_routes.hpp"

#include <algorithm>
#include <functional>
#include <limits>

#include "common/text.hpp"
#include "http/middleware.hpp"
#include "http/multipart.hpp"
#include "http/static_files.hpp"
#include "http/validation.hpp"

namespace shop::catalog {
namespace {

using http::Fields;
using http::Request;
using http::Response;
using nlohmann::json;

constexpr std::int64_t kMaxId = std::numeric_limits<std::int64_t>::max();
constexpr std::string_view kPublicCacheControl = "no-cache";
constexpr std::string_view kUploadCacheControl = "public, max-age=31536000, immutable";

bool IsAdmin(const Request& request) { return request.principal && request.principal->IsAdmin(); }

// --- the response cache -------------------------------------------------------------------

// The query parameters each cached read takes (ParseProductQuery and Fields::Page for the product
// list; none for the others), which alone make its cache key.
constexpr std::string_view kProductListParameters[] = {"page",     "size",      "category",        "category_id",
                                                       "search",   "min_price", "max_price",       "in_stock",
                                                       "featured", "sort",      "include_inactive"};

std::string CacheKey(const Request& request) {
  const bool product_list = request.path == "/api/products";
  return CacheKeyOf(
      request.path, request.query,
      product_list ? std::span<const std::string_view>(kProductListParameters) : std::span<const std::string_view>());
}

// Admins see more (inactive products, costs), so only other callers share cached responses.
bool Cacheable(const Request& request) { return !IsAdmin(request) && !request.Query("include_inactive"); }

// A 200 with the body (gzipped ahead of time when the client takes gzip), or a 304 when the
// client already holds this version.
Response FromRendered(const Request& request, const std::string& body, const std::string& gzipped,
                      const std::string& etag, std::string_view cache_control) {
  Response response;
  response.WithHeader("ETag", etag)
      .WithHeader("Cache-Control", std::string(cache_control))
      .WithHeader("Vary", "Authorization");
  if (ResponseCache::Matches(request.Header("if-none-match"), etag)) {
    response.status = 304;
    response.content_type.clear();
    return response;
  }
  response.status = 200;
  if (!gzipped.empty() && http::AcceptsGzip(request)) {
    response.body = gzipped;
    response.WithHeader("Content-Encoding", "gzip").WithHeader("Vary", "Accept-Encoding");
  } else {
    response.body = body;
  }
  return response;
}

Response FromEntry(const Request& request, const ResponseCache::Entry& entry) {
  return FromRendered(request, entry.body, entry.gzipped, entry.etag, kPublicCacheControl);
}

// A rendered catalog read: the body, and what it shows of the stock.
struct Rendered {
  json body;
  StockShown shown;
};

// Answers a catalog read from the cache when it can, otherwise renders it (on a worker thread)
// and keeps the result for the next caller. Errors are never cached.
Response Cached(CatalogService& catalog, const Request& request, const std::function<Result<Rendered>()>& render) {
  const bool cacheable = Cacheable(request);
  const std::string key = cacheable ? CacheKey(request) : "";
  if (cacheable) {
    if (auto entry = catalog.cache().Find(key)) return FromEntry(request, *entry);
  }
  const std::uint64_t version = catalog.cache().Version();  // before reading, so a change during the read wins
  auto rendered = render();
  if (!rendered) return http::ErrorResponse(rendered.error());
  std::string body = Response::Json(200, rendered->body).body;
  if (!cacheable) {
    const std::string etag = ResponseCache::ETagOf(body);
    return FromRendered(request, body, "", etag, "private, no-cache");
  }
  const auto entry = catalog.cache().Store(key, std::move(body), std::move(rendered->shown), version);
  return FromEntry(request, *entry);
}

// --- input --------------------------------------------------------------------------------

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

Result<CategoryInput> ParseCategory(const Request& request, bool create) {
  auto body = http::ParseJsonBody(request);
  if (!body) return std::move(body).error();
  Fields fields(*body);
  CategoryInput input;
  input.name = NameField(fields, create, 100);
  input.slug = OptSlug(fields);
  if (fields.Has("description")) input.description.Set(fields.OptString("description", {1, 2000}));
  if (fields.Has("image_url")) input.image_url.Set(OptUrl(fields, "image_url"));
  if (auto status = fields.Finish(); !status) return std::move(status).error();
  return input;
}

Result<ProductInput> ParseProduct(const Request& request, bool create) {
  auto body = http::ParseJsonBody(request);
  if (!body) return std::move(body).error();
  Fields fields(*body);
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
      if (!IsUrl(images[i])) fields.Add({"body", "images", std::to_string(i)}, std::string(kUrlMessage), "url_parsing");
    }
    input.images = std::move(images);
  }
  input.is_active = fields.OptBool("is_active");
  input.is_featured = fields.OptBool("is_featured");
  if (fields.Has("category_id")) input.category_id.Set(fields.OptInt("category_id", 1, kMaxId));
  if (auto status = fields.Finish(); !status) return std::move(status).error();
  return input;
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
                        {"newest", "price_asc", "price_desc", "name_asc", "name_desc", "relevance"});
  query.sort = sort == "price_asc"    ? ProductSort::kPriceAsc
               : sort == "price_desc" ? ProductSort::kPriceDesc
               : sort == "name_asc"   ? ProductSort::kNameAsc
               : sort == "name_desc"  ? ProductSort::kNameDesc
               : sort == "relevance"  ? ProductSort::kRelevance
                                      : ProductSort::kNewest;
  query.include_inactive = fields.QueryBool(request, "include_inactive").value_or(false) && IsAdmin(request);
  if (auto status = fields.Finish(); !status) return std::move(status).error();
  return query;
}

Result<std::int64_t> PathId(const Request& request) {
  Fields fields;
  const std::int64_t id = fields.PathId(request, "id");
  if (auto status = fields.Finish(); !status) return std::move(status).error();
  return id;
}

Audience AudienceOf(const Request& request) { return IsAdmin(request) ? Audience::kAdmin : Audience::kPublic; }

json CategoryList(const std::vector<Category>& categories) {
  json items = json::array();
  for (const auto& category : categories) items.push_back(ToJson(category));
  return items;
}

}  // namespace

std::optional<Response> CachedResponse(CatalogService& catalog, const Request& request) {
  if (!request.Header("authorization").empty() || !Cacheable(request)) return std::nullopt;
  const auto entry = catalog.cache().Find(CacheKey(request));
  if (!entry) return std::nullopt;
  return FromEntry(request, *entry);
}

// --- categories ---------------------------------------------------------------------------

Response ListCategories(CatalogService& catalog, Request& request) {
  return Cached(catalog, request,
                [&]() -> Result<Rendered> { return Rendered{CategoryList(catalog.ListCategories())}; });
}

Response GetCategory(CatalogService& catalog, Request& request) {
  return Cached(catalog, request, [&]() -> Result<Rendered> {
    auto id = PathId(request);
    if (!id) return std::move(id).error();
    auto category = catalog.GetCategory(*id);
    if (!category) return std::move(category).error();
    return Rendered{ToJson(*category)};
  });
}

Response GetCategoryBySlug(CatalogService& catalog, Request& request) {
  return Cached(catalog, request, [&]() -> Result<Rendered> {
    auto category = catalog.GetCategoryBySlug(std::string(request.PathParam("slug")));
    if (!category) return std::move(category).error();
    return Rendered{ToJson(*category)};
  });
}

Response CreateCategory(CatalogService& catalog, Request& request) {
  auto input = ParseCategory(request, /*create=*/true);
  if (!input) return http::ErrorResponse(input.error());
  return http::Respond(catalog.CreateCategory(*input), 201, [](const Category& c) { return ToJson(c); });
}

Response UpdateCategory(CatalogService& catalog, Request& request) {
  auto id = PathId(request);
  if (!id) return http::ErrorResponse(id.error());
  auto input = ParseCategory(request, /*create=*/false);
  if (!input) return http::ErrorResponse(input.error());
  return http::Respond(catalog.UpdateCategory(*id, *input), 200, [](const Category& c) { return ToJson(c); });
}

Response DeleteCategory(CatalogService& catalog, Request& request) {
  auto id = PathId(request);
  if (!id) return http::ErrorResponse(id.error());
  auto deleted = catalog.DeleteCategory(*id);
  if (!deleted) return http::ErrorResponse(deleted.error());
  return Response::NoContent();
}

// --- products -----------------------------------------------------------------------------

Response ListProducts(CatalogService& catalog, Request& request) {
  return Cached(catalog, request, [&]() -> Result<Rendered> {
    auto query = ParseProductQuery(request);
    if (!query) return std::move(query).error();
    const auto page = catalog.ListProducts(*query);
    const Audience audience = AudienceOf(request);
    Rendered rendered{.shown = {.availability = query->in_stock.has_value()}};
    json items = json::array();
    for (const auto& product : page.items) {
      items.push_back(ToJson(product, audience));
      rendered.shown.product_ids.push_back(product.id);
    }
    rendered.body = http::PageBody(std::move(items), page.total, {query->page, query->size});
    return rendered;
  });
}

Response GetProduct(CatalogService& catalog, Request& request) {
  return Cached(catalog, request, [&]() -> Result<Rendered> {
    auto id = PathId(request);
    if (!id) return std::move(id).error();
    auto product = catalog.GetProduct(*id, IsAdmin(request));
    if (!product) return std::move(product).error();
    return Rendered{ToJson(*product, AudienceOf(request)), {.product_ids = {product->id}}};
  });
}

Response GetProductBySlug(CatalogService& catalog, Request& request) {
  return Cached(catalog, request, [&]() -> Result<Rendered> {
    auto product = catalog.GetProductBySlug(std::string(request.PathParam("slug")), IsAdmin(request));
    if (!product) return std::move(product).error();
    return Rendered{ToJson(*product, AudienceOf(request)), {.product_ids = {product->id}}};
  });
}

Response CreateProduct(CatalogService& catalog, Request& request) {
  auto input = ParseProduct(request, /*create=*/true);
  if (!input) return http::ErrorResponse(input.error());
  return http::Respond(catalog.CreateProduct(*input), 201,
                       [](const Product& p) { return ToJson(p, Audience::kAdmin); });
}

Response UpdateProduct(CatalogService& catalog, Request& request) {
  auto id = PathId(request);
  if (!id) return http::ErrorResponse(id.error());
  auto input = ParseProduct(request, /*create=*/false);
  if (!input) return http::ErrorResponse(input.error());
  return http::Respond(catalog.UpdateProduct(*id, *input), 200,
                       [](const Product& p) { return ToJson(p, Audience::kAdmin); });
}

Response DeleteProduct(CatalogService& catalog, Request& request) {
  auto id = PathId(request);
  if (!id) return http::ErrorResponse(id.error());
  auto deleted = catalog.DeleteProduct(*id);
  if (!deleted) return http::ErrorResponse(deleted.error());
  return Response::NoContent();
}

// --- images -------------------------------------------------------------------------------

Response UploadImage(CatalogService& catalog, Request& request) {
  auto file = http::FormDataField(request, "file");
  if (!file) return http::ErrorResponse(file.error());
  return http::Respond(catalog.StoreImage(*file), 201, [](const std::string& url) { return json{{"url", url}}; });
}

// Stored files are images by their content, but a polyglot (a real image with markup after it)
// must not run as a page either when opened directly: sandboxed, with nothing allowed to load.
Response ServeUpload(CatalogService& catalog, Request& request) {
  auto response = http::ServeFile(request, catalog.upload_dir(), request.PathParam("path"), kUploadCacheControl);
  response.WithHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; sandbox");
  return response;
}

}  // namespace shop::catalog

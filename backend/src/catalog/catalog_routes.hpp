// HTTP handlers of the catalog: categories, products, image uploads and the uploaded files.
#pragma once

#include <optional>

#include "catalog/catalog_service.hpp"
#include "http/request.hpp"
#include "http/response.hpp"

namespace shop::catalog {

// The fast path of the public catalog GET routes: a cached response (or 304) for an anonymous
// caller, answered on the I/O thread; nullopt sends the request on to its handler.
std::optional<http::Response> CachedResponse(CatalogService& catalog, const http::Request& request);

http::Response ListCategories(CatalogService& catalog, http::Request& request);
http::Response GetCategory(CatalogService& catalog, http::Request& request);
http::Response GetCategoryBySlug(CatalogService& catalog, http::Request& request);
http::Response CreateCategory(CatalogService& catalog, http::Request& request);
http::Response UpdateCategory(CatalogService& catalog, http::Request& request);
http::Response DeleteCategory(CatalogService& catalog, http::Request& request);

http::Response ListProducts(CatalogService& catalog, http::Request& request);
http::Response GetProduct(CatalogService& catalog, http::Request& request);
http::Response GetProductBySlug(CatalogService& catalog, http::Request& request);
http::Response CreateProduct(CatalogService& catalog, http::Request& request);
http::Response UpdateProduct(CatalogService& catalog, http::Request& request);
http::Response DeleteProduct(CatalogService& catalog, http::Request& request);

// POST /api/admin/uploads: the multipart field "file" → 201 {"url": "/uploads/<name>"}.
http::Response UploadImage(CatalogService& catalog, http::Request& request);
// GET /uploads/{path*}: an uploaded file with long-lived cache headers.
http::Response ServeUpload(CatalogService& catalog, http::Request& request);

// The body limit of the upload route: the largest image plus multipart framing.
inline constexpr std::size_t kUploadBodyLimit = kMaxImageBytes + 64 * 1024;

}  // namespace shop::catalog

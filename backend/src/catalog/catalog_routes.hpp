// HTTP handlers of the catalog: categories, products, image uploads and the uploaded files, and
// which of them the response cache answers (the public reads, for callers who are not admins).
#pragma once

#include <optional>

#include "catalog/catalog_service.hpp"
#include "http/request.hpp"
#include "http/response.hpp"

namespace shop::catalog {

// The fast path of the public catalog GET routes: a cached response (or 304) for an anonymous
// caller, answered on the I/O thread; nullopt sends the request on to its handler.
std::optional<http::Response> CachedResponse(CatalogService& catalog, const http::Request& request);

Result<http::Response> ListCategories(CatalogService& catalog, const http::Request& request);
Result<http::Response> GetCategory(CatalogService& catalog, const http::Request& request);
Result<http::Response> GetCategoryBySlug(CatalogService& catalog, const http::Request& request);
Result<http::Response> CreateCategory(CatalogService& catalog, const http::Request& request);
Result<http::Response> UpdateCategory(CatalogService& catalog, const http::Request& request);
Result<http::Response> DeleteCategory(CatalogService& catalog, const http::Request& request);

Result<http::Response> ListProducts(CatalogService& catalog, const http::Request& request);
Result<http::Response> GetProduct(CatalogService& catalog, const http::Request& request);
Result<http::Response> GetProductBySlug(CatalogService& catalog, const http::Request& request);
Result<http::Response> CreateProduct(CatalogService& catalog, const http::Request& request);
Result<http::Response> UpdateProduct(CatalogService& catalog, const http::Request& request);
Result<http::Response> DeleteProduct(CatalogService& catalog, const http::Request& request);

// POST /api/admin/uploads: the multipart field "file" → 201 {"url": "/uploads/<name>"}.
Result<http::Response> UploadImage(CatalogService& catalog, const http::Request& request);
// GET /uploads/{path*}: an uploaded file with long-lived cache headers.
Result<http::Response> ServeUpload(CatalogService& catalog, const http::Request& request);

// The body limit of the upload route: the largest image plus multipart framing.
inline constexpr std::size_t kUploadBodyLimit = kMaxImageBytes + 64 * 1024;

}  // namespace shop::catalog

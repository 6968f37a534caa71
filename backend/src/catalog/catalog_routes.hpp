// HTTP handlers of the catalog: categories, products, image uploads and the uploaded files, and
// which of them the response cache answers (the public reads, for callers who are not admins).
#pragma once

#include <optional>

#include "catalog/catalog_service.hpp"
#include "http/cached_read.hpp"
#include "http/router.hpp"

namespace shop::catalog {

// The fast path of the public catalog GET routes: a cached response (or 304) for an anonymous
// caller, answered on the I/O thread; nullopt sends the request on to its handler.
std::optional<http::Response> CachedResponse(CatalogService& catalog, const http::Request& request);

// A public catalog read (of another domain too, e.g. a product's variants) answered from the
// catalog's response cache `cache` when it can be, rendered and kept otherwise; an admin's is
// rendered each time. CachedResponse finds what it keeps.
Result<http::Response> CachedCatalogRead(http::ResponseCache& cache, const http::Request& request,
                                         const http::RenderRead& render);

// The handlers of categories and products; bound to their routes in app/routes.cpp.
http::HandlerOf<CatalogService> ListCategories, GetCategory, GetCategoryBySlug, CreateCategory, UpdateCategory,
    DeleteCategory, ListProducts, GetProduct, GetProductBySlug, CreateProduct, UpdateProduct, DeleteProduct;

// POST /api/admin/uploads: the multipart field "file" → 201 {"url": "/uploads/<name>"}.
http::HandlerOf<CatalogService> UploadImage;
// GET /uploads/{path*}: an uploaded file with long-lived cache headers.
http::HandlerOf<CatalogService> ServeUpload;

// The body limit of the upload route: the largest image plus multipart framing.
inline constexpr std::size_t kUploadBodyLimit = kMaxImageBytes + 64 * 1024;

}  // namespace shop::catalog

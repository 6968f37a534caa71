// Routes about the server itself: health, the OpenAPI document and the Swagger UI that shows it.
#pragma once

#include <filesystem>

#include "db/pool.hpp"
#include "http/request.hpp"
#include "http/response.hpp"

namespace shop::app {

// Where the Swagger UI's assets are (copied from swagger-ui-dist beside the binary).
struct ApiDocs {
  std::filesystem::path swagger_dir;
};

// 200 {"status": "ok", "database": "ok"}, or 503 with "database": "unavailable".
Result<http::Response> Health(db::Pool& db, const http::Request& request);
// The OpenAPI 3.1 document.
Result<http::Response> OpenApi(const ApiDocs& docs, const http::Request& request);
// The Swagger UI page and its assets, served from the docs' swagger_dir.
Result<http::Response> DocsPage(const ApiDocs& docs, const http::Request& request);
Result<http::Response> DocsAsset(const ApiDocs& docs, const http::Request& request);

}  // namespace shop::app

// Routes about the server itself: health, the OpenAPI document and the Swagger UI that shows it.
#pragma once

#include <filesystem>

#include "db/pool.hpp"
#include "http/router.hpp"

namespace shop::app {

// Where the Swagger UI's assets are (copied from swagger-ui-dist beside the binary).
struct ApiDocs {
  std::filesystem::path swagger_dir;
};

// 200 {"status": "ok", "database": "ok"}, or 503 with "database": "unavailable".
http::HandlerOf<db::Pool> Health;
// The OpenAPI 3.1 document.
http::HandlerOf<const ApiDocs> OpenApi;
// The Swagger UI page and its assets, served from the docs' swagger_dir.
http::HandlerOf<const ApiDocs> DocsPage, DocsAsset;

}  // namespace shop::app

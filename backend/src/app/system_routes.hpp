// Routes about the server itself: health, the OpenAPI document and the Swagger UI that shows it.
#pragma once

#include <filesystem>

#include "db/pool.hpp"
#include "http/request.hpp"
#include "http/response.hpp"

namespace shop::app {

// 200 {"status": "ok", "database": "ok"}, or 503 with "database": "unavailable".
http::Response Health(db::Pool& db);
// The OpenAPI 3.1 document.
http::Response OpenApi();
// The Swagger UI page and its assets, served from `swagger_dir` (copied from swagger-ui-dist).
http::Response DocsPage();
http::Response DocsAsset(const http::Request& request, const std::filesystem::path& swagger_dir);

}  // namespace shop::app

#include "app/system_routes.hpp"

#include "app/openapi.hpp"
#include "http/static_files.hpp"

namespace shop::app {
namespace {

constexpr std::string_view kDocsPage = R"html(<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Shop API docs</title>
  <link rel="stylesheet" href="/docs/swagger-ui.css">
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="/docs/swagger-ui-bundle.js"></script>
  <script src="/docs/swagger-init.js"></script>
</body>
</html>
)html";

constexpr std::string_view kDocsInit =
    "window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#swagger-ui', deepLinking: true });\n";

constexpr std::string_view kDocsPolicy =
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'";

}  // namespace

Result<http::Response> Health(db::Pool& db, const http::Request& /*request*/) {
  const bool database_ok = db.Ping();
  return http::Response::Json(database_ok ? 200 : 503, {{"status", database_ok ? "ok" : "degraded"},
                                                        {"database", database_ok ? "ok" : "unavailable"}});
}

Result<http::Response> OpenApi(const ApiDocs& /*docs*/, const http::Request& /*request*/) {
  http::Response response;
  response.body = OpenApiText();
  response.WithHeader("Cache-Control", "no-cache");
  return response;
}

Result<http::Response> DocsPage(const ApiDocs& /*docs*/, const http::Request& /*request*/) {
  http::Response response;
  response.content_type = "text/html; charset=utf-8";
  response.body = std::string(kDocsPage);
  response.WithHeader("Content-Security-Policy", std::string(kDocsPolicy));
  return response;
}

Result<http::Response> DocsAsset(const ApiDocs& docs, const http::Request& request) {
  const std::string_view name = request.PathParam("file");
  if (name == "swagger-init.js") {
    http::Response response;
    response.content_type = "application/javascript; charset=utf-8";
    response.body = std::string(kDocsInit);
    return response;
  }
  return http::ServeFile(request, docs.swagger_dir, name, "public, max-age=86400");
}

}  // namespace shop::app

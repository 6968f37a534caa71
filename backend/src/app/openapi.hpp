// The OpenAPI 3.1 document: app/openapi.json merged with each domain's <domain>_openapi.json,
// all embedded at build time.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace shop::app {

const nlohmann::json& OpenApiDocument();
// The document rendered once as JSON text.
const std::string& OpenApiText();

}  // namespace shop::app

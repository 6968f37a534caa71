#include "app/openapi.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "app/routes.hpp"

namespace shop::app {
namespace {

// Every route of the table must be documented: a route added without its OpenAPI entry fails here.
TEST(OpenApi, DocumentsEveryRegisteredRoute) {
  Config config;
  db::Pool pool("postgresql://nobody@/nowhere", 1);  // never connected by building routes
  AppServices app_services(config, pool);
  const auto router = BuildRouter(app_services.services());
  const auto& paths = OpenApiDocument().at("paths");
  ASSERT_FALSE(router.routes().empty());
  for (const auto& route : router.routes()) {
    std::string path = route.pattern;
    path.erase(std::remove(path.begin(), path.end(), '*'), path.end());
    std::string method(http::MethodName(route.method));
    std::transform(method.begin(), method.end(), method.begin(), ::tolower);
    EXPECT_TRUE(paths.contains(path) && paths.at(path).contains(method))
        << method << " " << path << " is missing from the OpenAPI document";
  }
}

TEST(OpenApi, IsVersion31WithSharedErrorSchemas) {
  const auto& document = OpenApiDocument();
  EXPECT_EQ(document.at("openapi"), "3.1.0");
  EXPECT_TRUE(document.at("components").at("schemas").contains("HTTPValidationError"));
}

}  // namespace
}  // namespace shop::app

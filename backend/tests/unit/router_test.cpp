#include "http/router.hpp"

#include <gtest/gtest.h>

namespace shop::http {
namespace {

Router MakeRouter() {
  Router router;
  const auto named = [](std::string name) {
    return [name](const Request&) { return Response::Json(200, {{"route", name}}); };
  };
  router.Add({Method::kGet, "/api/products", Access::kPublic, named("list")});
  router.Add({Method::kPost, "/api/products", Access::kAdmin, named("create")});
  router.Add({Method::kGet, "/api/products/{id}", Access::kPublic, named("by_id")});
  router.Add({Method::kGet, "/api/products/slug/{slug}", Access::kPublic, named("by_slug")});
  router.Add({Method::kPost, "/api/cart/merge", Access::kUser, named("merge")});
  router.Add({Method::kPut, "/api/cart/{item_id}", Access::kUser, named("update")});
  router.Add({Method::kGet, "/uploads/{path*}", Access::kPublic, named("upload")});
  return router;
}

std::string Name(const Router::Match& match) {
  Request request;
  return match.route ? match.route->handler(request)->body : "";
}

TEST(Method, NamesAndIsNamedByTheSameWireName) {
  for (const auto method :
       {Method::kGet, Method::kHead, Method::kPost, Method::kPut, Method::kPatch, Method::kDelete, Method::kOptions}) {
    EXPECT_EQ(MethodNamed(MethodName(method)), method) << MethodName(method);
  }
  EXPECT_EQ(MethodName(Method::kDelete), "DELETE");
  EXPECT_EQ(MethodNamed("get"), Method::kOther);  // methods are case-sensitive on the wire
  EXPECT_EQ(MethodNamed("TRACE"), Method::kOther);
  EXPECT_EQ(MethodName(Method::kOther), "OTHER");
}

TEST(Router, MatchesLiteralAndParameterSegments) {
  const Router router = MakeRouter();
  auto by_id = router.Find(Method::kGet, "/api/products/42");
  EXPECT_EQ(Name(by_id), R"({"route":"by_id"})");
  ASSERT_EQ(by_id.params.size(), 1u);
  EXPECT_EQ(by_id.params[0], (std::pair<std::string, std::string>{"id", "42"}));
  EXPECT_EQ(Name(router.Find(Method::kGet, "/api/products/slug/blue-shirt")), R"({"route":"by_slug"})");
  EXPECT_EQ(Name(router.Find(Method::kGet, "/api/products/")), R"({"route":"list"})");
}

TEST(Router, PrefersLiteralSegmentsOverParameters) {
  const Router router = MakeRouter();
  EXPECT_EQ(Name(router.Find(Method::kPost, "/api/cart/merge")), R"({"route":"merge"})");
  EXPECT_EQ(Name(router.Find(Method::kPut, "/api/cart/7")), R"({"route":"update"})");
}

TEST(Router, TellsMethodNotAllowedFromNotFound) {
  const Router router = MakeRouter();
  auto wrong_method = router.Find(Method::kDelete, "/api/products");
  EXPECT_EQ(wrong_method.route, nullptr);
  EXPECT_EQ(wrong_method.allowed, (std::vector<Method>{Method::kGet, Method::kPost}));
  auto missing = router.Find(Method::kGet, "/api/nothing");
  EXPECT_EQ(missing.route, nullptr);
  EXPECT_TRUE(missing.allowed.empty());
}

TEST(Router, HeadIsAnsweredByGetRoutes) {
  EXPECT_EQ(Name(MakeRouter().Find(Method::kHead, "/api/products")), R"({"route":"list"})");
}

TEST(Router, RestParameterTakesTheRemainingPath) {
  auto match = MakeRouter().Find(Method::kGet, "/uploads/2026/11/photo.png");
  ASSERT_NE(match.route, nullptr);
  EXPECT_EQ(match.params[0].second, "2026/11/photo.png");
}

}  // namespace
}  // namespace shop::http

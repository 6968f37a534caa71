#include "http/validation.hpp"

#include <gtest/gtest.h>

namespace shop::http {
namespace {

Request JsonRequest(std::string_view body, std::string content_type = "application/json") {
  Request request;
  request.headers.emplace_back("content-type", std::move(content_type));
  request.body = body;
  return request;
}

TEST(ParseJsonBody, WrongContentTypeIs415) {
  auto result = ParseJsonBody(JsonRequest("{}", "text/plain"));
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code, Errc::kUnsupportedMediaType);
  EXPECT_TRUE(ParseJsonBody(JsonRequest("{}", "application/json; charset=utf-8")));
}

TEST(ParseJsonBody, MalformedJsonIs422AtBody) {
  auto result = ParseJsonBody(JsonRequest("{\"a\": "));
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code, Errc::kInvalid);
  EXPECT_EQ(result.error().fields[0].loc, (std::vector<std::string>{"body"}));
  EXPECT_FALSE(ParseJsonBody(JsonRequest("[1, 2]")));
}

TEST(Fields, CollectsEveryBadFieldAtOnce) {
  const auto body = nlohmann::json::parse(R"({"name": "", "price": 1.999, "stock": "x", "email": "nope"})");
  Fields fields(body);
  fields.String("name");
  fields.Price("price");
  fields.Int("stock", 0, 1000);
  fields.Email("email");
  fields.String("sku");
  auto status = fields.Finish();
  ASSERT_FALSE(status);
  std::vector<std::string> types;
  for (const auto& field : status.error().fields) types.push_back(field.type);
  EXPECT_EQ(types,
            (std::vector<std::string>{"string_too_short", "decimal_max_places", "int_type", "value_error", "missing"}));
}

TEST(Fields, AcceptsGoodValues) {
  const auto body =
      nlohmann::json::parse(R"({"name": "  Blue Shirt ", "price": 19.99, "stock": 3, "email": "A@Example.COM"})");
  Fields fields(body);
  EXPECT_EQ(fields.String("name"), "Blue Shirt");
  EXPECT_EQ(fields.Price("price").cents(), 1999);
  EXPECT_EQ(fields.Int("stock", 0, 1000), 3);
  EXPECT_EQ(fields.Email("email"), "a@example.com");
  EXPECT_TRUE(fields.Finish());
}

TEST(Fields, RejectsNegativeAndNonNumericPrices) {
  const auto body = nlohmann::json::parse(R"({"a": -1, "b": "12.00", "c": null})");
  Fields fields(body);
  fields.Price("a");
  fields.Price("b");
  EXPECT_FALSE(fields.OptPrice("c"));
  auto status = fields.Finish();
  ASSERT_FALSE(status);
  EXPECT_EQ(status.error().fields.size(), 2u);
}

TEST(Fields, QueryParametersAreCheckedLikeFastApi) {
  Request request;
  request.query = {{"page", "0"}, {"size", "abc"}, {"in_stock", "maybe"}, {"sort", "cheapest"}};
  Fields fields;
  fields.Page(request);
  fields.QueryBool(request, "in_stock");
  fields.QueryOneOf(request, "sort", "newest", {"newest", "price_asc"});
  auto status = fields.Finish();
  ASSERT_FALSE(status);
  ASSERT_EQ(status.error().fields.size(), 4u);
  EXPECT_EQ(status.error().fields[0].loc, (std::vector<std::string>{"query", "page"}));
  EXPECT_EQ(status.error().fields[0].type, "greater_than_equal");
  EXPECT_EQ(status.error().fields[1].type, "int_parsing");
}

TEST(Fields, PathIdMustBeAPositiveInteger) {
  Request request;
  request.path_params = {{"id", "12abc"}};
  Fields fields;
  fields.PathId(request, "id");
  auto status = fields.Finish();
  ASSERT_FALSE(status);
  EXPECT_EQ(status.error().fields[0].loc, (std::vector<std::string>{"path", "id"}));
}

TEST(PathId, IsThePositiveIntegerOfThePath) {
  Request request;
  request.path_params = {{"id", "42"}, {"item_id", "7"}};
  auto id = PathId(request, "id");
  ASSERT_TRUE(id);
  EXPECT_EQ(*id, 42);
  auto item_id = PathId(request, "item_id");
  ASSERT_TRUE(item_id);
  EXPECT_EQ(*item_id, 7);
}

TEST(PathId, AnythingButAPositiveIntegerIsA422AtItsName) {
  const auto problem = [](std::string value) {
    Request request;
    request.path_params = {{"item_id", std::move(value)}};
    auto id = PathId(request, "item_id");
    EXPECT_FALSE(id);
    return id ? FieldError{} : id.error().fields.at(0);
  };
  for (const char* value : {"0", "-3", "12abc", "", "99999999999999999999"}) {
    SCOPED_TRACE(value);
    const FieldError field = problem(value);
    EXPECT_EQ(field.loc, (std::vector<std::string>{"path", "item_id"}));
  }
  EXPECT_EQ(problem("0").type, "greater_than_equal");
  EXPECT_EQ(problem("x").type, "int_parsing");
  Request request;
  auto missing = PathId(request, "id");
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, Errc::kInvalid);
}

TEST(ReadPage, IsThePageAndSizeOfTheQueryOrTheirDefaults) {
  Request request;
  auto defaults = ReadPage(request);
  ASSERT_TRUE(defaults);
  EXPECT_EQ(defaults->page, 1);
  EXPECT_EQ(defaults->size, 20);
  request.query = {{"page", "3"}, {"size", "50"}};
  auto third = ReadPage(request);
  ASSERT_TRUE(third);
  EXPECT_EQ(third->offset(), 100);
}

TEST(ReadPage, NamesEachBadParameterInOne422) {
  Request request;
  request.query = {{"page", "0"}, {"size", "101"}};
  auto page = ReadPage(request);
  ASSERT_FALSE(page);
  EXPECT_EQ(page.error().code, Errc::kInvalid);
  ASSERT_EQ(page.error().fields.size(), 2u);
  EXPECT_EQ(page.error().fields[0].loc, (std::vector<std::string>{"query", "page"}));
  EXPECT_EQ(page.error().fields[1].loc, (std::vector<std::string>{"query", "size"}));
}

TEST(ReadJson, IsWhatTheReaderMakesOfAParsedObject) {
  const auto body = nlohmann::json::parse(R"({"quantity": 3})");
  auto quantity = ReadJson(body, [](Fields& fields) { return fields.Int("quantity", 1, 99); });
  ASSERT_TRUE(quantity);
  EXPECT_EQ(*quantity, 3);
}

TEST(ReadJson, ReportsEveryBadFieldTheReaderMet) {
  const auto body = nlohmann::json::parse(R"({"quantity": 0, "name": ""})");
  auto read = ReadJson(body, [](Fields& fields) {
    fields.String("name");
    return fields.Int("quantity", 1, 99);
  });
  ASSERT_FALSE(read);
  ASSERT_EQ(read.error().fields.size(), 2u);
  EXPECT_EQ(read.error().fields[0].loc, (std::vector<std::string>{"body", "name"}));
  EXPECT_EQ(read.error().fields[1].loc, (std::vector<std::string>{"body", "quantity"}));
}

TEST(PageBody, ComputesPagesAsCeiling) {
  EXPECT_EQ(PageBody(nlohmann::json::array(), 0, {1, 20})["pages"], 0);
  EXPECT_EQ(PageBody(nlohmann::json::array(), 41, {3, 20})["pages"], 3);
  EXPECT_EQ(PageBody(nlohmann::json::array(), 40, {1, 20})["pages"], 2);
}

TEST(NormalizeEmail, LowerCasesAndRejectsImplausibleAddresses) {
  EXPECT_EQ(NormalizeEmail(" Jane.Doe+shop@Example.org "), "jane.doe+shop@example.org");
  for (std::string_view bad : {"", "plain", "@example.org", "a@b", "a@@b.org", "a b@c.org", "a@.org", "a..b@c.org"}) {
    EXPECT_FALSE(NormalizeEmail(bad)) << bad;
  }
}

}  // namespace
}  // namespace shop::http

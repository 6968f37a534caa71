// libFuzzer target: a query string through ParseQueryString, then the typed query and path readers
// the routes use, then the 422 body their problems make. The part of the input before the first
// '?' is the path parameter; the rest is the query string.
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

#include "http/query_string.hpp"
#include "http/response.hpp"
#include "http/validation.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const auto question = input.find('?');
  const std::string_view path_param = question == std::string_view::npos ? "" : input.substr(0, question);
  const std::string_view query = question == std::string_view::npos ? input : input.substr(question + 1);

  auto pairs = shop::http::ParseQueryString(query);
  if (!pairs) {
    (void)shop::http::ErrorResponse(pairs.error());
    return 0;
  }
  shop::http::Request request;
  request.query = std::move(*pairs);
  request.path_params = {{"id", std::string(path_param)}};

  shop::http::Fields fields;
  (void)fields.Page(request);
  (void)fields.OptQueryInt(request, "category_id", 1, std::numeric_limits<std::int64_t>::max());
  (void)fields.QueryInt(request, "days", 30, 1, 365);
  (void)fields.QueryString(request, "search", 200);
  (void)fields.QueryString(request, "category", 100);
  (void)fields.QueryMoney(request, "min_price");
  (void)fields.QueryMoney(request, "max_price");
  (void)fields.QueryBool(request, "in_stock");
  (void)fields.QueryBool(request, "featured");
  (void)fields.QueryOneOf(request, "sort", "newest",
                          {"newest", "price_asc", "price_desc", "name_asc", "name_desc", "relevance"});
  (void)fields.PathId(request, "id");
  for (const auto& [name, value] : request.query) {
    (void)request.Query(name);
    (void)fields.OptQueryInt(request, name, 0, 100);
    (void)fields.QueryMoney(request, name);
    (void)fields.QueryBool(request, name);
  }
  auto status = fields.Finish();
  if (!status) (void)shop::http::ErrorResponse(status.error());
  return 0;
}

// libFuzzer target: a request body through ParseJsonBody, then every Fields getter on each key it
// holds and on the field names the routes read, then the 422 body those problems make.
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "http/response.hpp"
#include "http/validation.hpp"

namespace {

using shop::http::Fields;
using shop::http::StringRule;

void ReadEveryWay(Fields& fields, std::string_view key) {
  constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
  (void)fields.Has(key);
  (void)fields.Raw(key);
  (void)fields.String(key);
  (void)fields.OptString(key, StringRule{0, 5000, false});
  (void)fields.Email(key);
  (void)fields.Int(key, 1, 1000);
  (void)fields.OptInt(key, std::numeric_limits<std::int64_t>::min(), kMax);
  (void)fields.Price(key);
  (void)fields.OptPrice(key);
  (void)fields.Bool(key);
  (void)fields.OptBool(key);
  (void)fields.OneOf(key, {"pending", "processing", "shipped", "delivered", "cancelled"});
  (void)fields.StringList(key, 10, StringRule{1, 500});
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  shop::http::Request request;
  request.method = shop::http::Method::kPost;
  request.headers = {{"content-type", "application/json; charset=utf-8"}};
  request.body = std::string_view(reinterpret_cast<const char*>(data), size);

  auto body = shop::http::ParseJsonBody(request);
  if (!body) {
    (void)shop::http::ErrorResponse(body.error());
    return 0;
  }
  Fields fields(*body);
  std::vector<std::string> keys;
  for (const auto& item : body->items()) {
    if (keys.size() == 8) break;
    keys.push_back(item.key());
  }
  for (const auto& key : keys) ReadEveryWay(fields, key);
  for (std::string_view key : {"email", "password", "name", "price", "quantity", "items", "status", "is_active"}) {
    ReadEveryWay(fields, key);
  }
  auto status = fields.Finish();
  if (!status) (void)shop::http::ErrorResponse(status.error());
  return 0;
}

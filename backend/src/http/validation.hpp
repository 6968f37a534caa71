// Reading and validating request input: the JSON body (validation.cpp), query and path
// parameters (request_parameters.cpp). Every bad field is collected and reported at once as a
// 422 in FastAPI's shape.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "common/datetime.hpp"
#include "common/errors.hpp"
#include "common/money.hpp"
#include "common/page.hpp"
#include "http/request.hpp"
#include "http/response.hpp"

namespace shop::http {

// The body as a JSON object: 415 when the Content-Type is not JSON, 422 when it does not
// parse or is not an object.
Result<nlohmann::json> ParseJsonBody(const Request& request);

// Lower-cases and checks an email address; nullopt when it is not a plausible address.
std::optional<std::string> NormalizeEmail(std::string_view email);

struct StringRule {
  std::size_t min_length = 1;
  std::size_t max_length = 255;
  bool trim = true;
};

struct PageQuery {
  std::int64_t page = 1;
  std::int64_t size = 20;
  std::int64_t offset() const { return (page - 1) * size; }
};

// {"items": [...], "total": N, "page": p, "size": s, "pages": ceil(N / s)}
nlohmann::json PageBody(nlohmann::json items, std::int64_t total, const PageQuery& page);

// 200 with the page body of `found`, each item as `to_json` writes it.
template <class T, class ToJson>
Response PageResponse(const Page<T>& found, const PageQuery& page, ToJson&& to_json) {
  nlohmann::json items = nlohmann::json::array();
  for (const auto& item : found.items) items.push_back(to_json(item));
  return Response::Json(200, PageBody(std::move(items), found.total, page));
}

// The required id `name` of the path, a positive integer; otherwise a 422 at ("path", name).
Result<std::int64_t> PathId(const Request& request, std::string_view name);

// The page and size of a list that takes no other query parameter (Fields::Page), or a 422
// naming each bad one.
Result<PageQuery> ReadPage(const Request& request);

// Collects field errors while values are read; each getter returns a harmless default when the
// value is bad, and Finish() reports all problems together.
class Fields {
 public:
  Fields() : body_(nullptr) {}
  explicit Fields(const nlohmann::json& body) : body_(&body) {}

  // --- body fields ------------------------------------------------------------------------
  bool Has(std::string_view key) const;
  std::string String(std::string_view key, StringRule rule = {});
  std::optional<std::string> OptString(std::string_view key, StringRule rule = {});
  std::string Email(std::string_view key);
  // A phone number of at most 32 digits, spaces and + - ( ) .; absent or null is nullopt.
  std::optional<std::string> OptPhone(std::string_view key);
  // An ISO 8601 date-time with a zone ("2026-12-01T09:00:00Z"); absent or null is nullopt.
  std::optional<datetime::Time> OptDateTime(std::string_view key);
  std::int64_t Int(std::string_view key, std::int64_t min, std::int64_t max);
  std::optional<std::int64_t> OptInt(std::string_view key, std::int64_t min, std::int64_t max);
  // A non-negative amount with at most two decimals.
  Money Price(std::string_view key);
  std::optional<Money> OptPrice(std::string_view key);
  bool Bool(std::string_view key);
  std::optional<bool> OptBool(std::string_view key);
  std::string OneOf(std::string_view key, std::initializer_list<std::string_view> allowed);
  std::vector<std::string> StringList(std::string_view key, std::size_t max_items, StringRule rule = {});
  // The raw JSON value of a key, for shapes these getters do not cover (nullptr when absent).
  const nlohmann::json* Raw(std::string_view key) const;
  // A required list of at most `max_items` objects, each read by `read(Fields&)` like a body of
  // its own; their problems are reported at body.<key>.<index>.<field>.
  template <class Read>
  std::vector<std::invoke_result_t<Read, Fields&>> ObjectList(std::string_view key, std::size_t max_items, Read&& read);

  // --- query and path parameters -----------------------------------------------------------
  std::int64_t QueryInt(const Request& request, std::string_view name, std::int64_t fallback, std::int64_t min,
                        std::int64_t max);
  std::optional<std::int64_t> OptQueryInt(const Request& request, std::string_view name, std::int64_t min,
                                          std::int64_t max);
  std::optional<bool> QueryBool(const Request& request, std::string_view name);
  std::optional<Money> QueryMoney(const Request& request, std::string_view name);
  std::optional<std::string> QueryString(const Request& request, std::string_view name, std::size_t max_length);
  std::string QueryOneOf(const Request& request, std::string_view name, std::string_view fallback,
                         std::initializer_list<std::string_view> allowed);
  PageQuery Page(const Request& request);
  // A path id read with the body's fields, so that its problem is reported with theirs.
  std::int64_t PathId(const Request& request, std::string_view name);

  // Records an error found by a rule these getters do not know.
  void Add(std::vector<std::string> loc, std::string msg, std::string type);
  bool ok() const { return errors_.empty(); }
  // Ok, or a 422 listing every problem found.
  Status Finish();

 private:
  const nlohmann::json* Field(std::string_view key);
  // Whether `value` (the field `key`) is a list of at most `max_items`; records the error if not.
  bool IsList(std::string_view key, const nlohmann::json& value, std::size_t max_items);
  // The list at `key` when it is an array of at most `max_items` items; nullptr (and the problem
  // recorded) otherwise.
  const nlohmann::json* List(std::string_view key, std::size_t max_items);
  // Whether item `index` of the list at `key` is an object (the problem recorded when not).
  bool IsObjectItem(std::string_view key, std::size_t index, const nlohmann::json& item);
  // Takes the problems of the fields of item `index` of the list at `key`.
  void AdoptItem(std::string_view key, std::size_t index, Fields& item);
  std::vector<std::string> BodyLoc(std::string_view key) const { return {"body", std::string(key)}; }
  std::optional<std::string> CheckString(const nlohmann::json& value, std::string_view key, const StringRule& rule);
  std::optional<Money> CheckPrice(const nlohmann::json& value, std::string_view key);

  const nlohmann::json* body_;
  std::vector<FieldError> errors_;
};

template <class Read>
std::vector<std::invoke_result_t<Read, Fields&>> Fields::ObjectList(std::string_view key, std::size_t max_items,
                                                                    Read&& read) {
  std::vector<std::invoke_result_t<Read, Fields&>> values;
  const auto* list = List(key, max_items);
  if (list == nullptr) return values;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const auto& item = (*list)[i];
    if (!IsObjectItem(key, i, item)) continue;
    Fields item_fields(item);
    values.push_back(read(item_fields));
    AdoptItem(key, i, item_fields);
  }
  return values;
}

// What `read` makes of the fields of the JSON object `body` (Fields), or a 422 listing every bad
// field `read` met. For a body already parsed: a PUT reads the stored input with the fields sent
// merged into it, so that the errors name the fields as they were sent.
template <class Read>
Result<std::invoke_result_t<Read, Fields&>> ReadJson(const nlohmann::json& body, Read&& read) {
  Fields fields(body);
  auto value = read(fields);
  if (auto valid = fields.Finish(); !valid) return std::move(valid).error();
  return value;
}

// What `read` makes of the JSON body's fields (Fields), or the one error of the request: the
// body's 415/422 (ParseJsonBody), or a 422 listing every bad field `read` met.
//   SHOP_TRY(quantity, http::ReadJsonBody(request, [](http::Fields& f) { return f.Int("quantity", 1, 99); }));
template <class Read>
Result<std::invoke_result_t<Read, Fields&>> ReadJsonBody(const Request& request, Read&& read) {
  SHOP_TRY(body, ParseJsonBody(request));
  return ReadJson(*body, std::forward<Read>(read));
}

}  // namespace shop::http

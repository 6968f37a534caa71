#include <algorithm>

#include "http/input_text.hpp"
#include "http/validation.hpp"

namespace shop::http {

nlohmann::json PageBody(nlohmann::json items, std::int64_t total, const PageQuery& page) {
  return {{"items", std::move(items)},
          {"total", total},
          {"page", page.page},
          {"size", page.size},
          {"pages", (total + page.size - 1) / page.size}};
}

std::int64_t Fields::QueryInt(const Request& request, std::string_view name, std::int64_t fallback, std::int64_t min,
                              std::int64_t max) {
  return OptQueryInt(request, name, min, max).value_or(fallback);
}

std::optional<std::int64_t> Fields::OptQueryInt(const Request& request, std::string_view name, std::int64_t min,
                                                std::int64_t max) {
  auto text = request.Query(name);
  if (!text) return std::nullopt;
  auto value = ParseInt(*text);
  std::vector<std::string> loc = {"query", std::string(name)};
  if (!value) {
    Add(loc, "Input should be a valid integer, unable to parse string as an integer", "int_parsing");
    return std::nullopt;
  }
  if (*value < min) {
    Add(loc, "Input should be greater than or equal to " + std::to_string(min), "greater_than_equal");
    return std::nullopt;
  }
  if (*value > max) {
    Add(loc, "Input should be less than or equal to " + std::to_string(max), "less_than_equal");
    return std::nullopt;
  }
  return value;
}

std::optional<bool> Fields::QueryBool(const Request& request, std::string_view name) {
  auto text = request.Query(name);
  if (!text) return std::nullopt;
  std::string value(*text);
  std::transform(value.begin(), value.end(), value.begin(), ::tolower);
  if (value == "true" || value == "1" || value == "yes" || value == "on") return true;
  if (value == "false" || value == "0" || value == "no" || value == "off") return false;
  Add({"query", std::string(name)}, "Input should be a valid boolean, unable to interpret input", "bool_parsing");
  return std::nullopt;
}

std::optional<Money> Fields::QueryMoney(const Request& request, std::string_view name) {
  auto text = request.Query(name);
  if (!text) return std::nullopt;
  auto money = Money::Parse(*text);
  if (!money || money->cents() < 0 || money->cents() > Money::kMaxCents) {
    Add({"query", std::string(name)}, "Input should be a non-negative amount with at most 2 decimal places",
        "decimal_parsing");
    return std::nullopt;
  }
  return money;
}

std::optional<std::string> Fields::QueryString(const Request& request, std::string_view name, std::size_t max_length) {
  auto text = request.Query(name);
  if (!text) return std::nullopt;
  std::string value = Trim(*text);
  if (Utf8Length(value) > max_length) {
    Add({"query", std::string(name)}, "String should have at most " + std::to_string(max_length) + " characters",
        "string_too_long");
    return std::nullopt;
  }
  // libpq ends a text parameter at its first NUL: a search for "\0" would match every row.
  if (value.find('\0') != std::string::npos) {
    Add({"query", std::string(name)}, "String should not contain NUL characters", "string_pattern_mismatch");
    return std::nullopt;
  }
  if (value.empty()) return std::nullopt;
  return value;
}

std::string Fields::QueryOneOf(const Request& request, std::string_view name, std::string_view fallback,
                               std::initializer_list<std::string_view> allowed) {
  auto text = request.Query(name);
  if (!text) return std::string(fallback);
  for (auto candidate : allowed) {
    if (*text == candidate) return std::string(candidate);
  }
  Add({"query", std::string(name)}, "Input should be " + JoinAllowed(allowed), "enum");
  return std::string(fallback);
}

PageQuery Fields::Page(const Request& request) {
  PageQuery page;
  page.page = QueryInt(request, "page", 1, 1, 1'000'000);
  page.size = QueryInt(request, "size", 20, 1, 100);
  return page;
}

std::int64_t Fields::PathId(const Request& request, std::string_view name) {
  auto value = ParseInt(request.PathParam(name));
  std::vector<std::string> loc = {"path", std::string(name)};
  if (!value) {
    Add(loc, "Input should be a valid integer, unable to parse string as an integer", "int_parsing");
    return 0;
  }
  if (*value < 1) {
    Add(loc, "Input should be greater than or equal to 1", "greater_than_equal");
    return 0;
  }
  return *value;
}

Result<std::int64_t> PathId(const Request& request, std::string_view name) {
  Fields fields;
  const std::int64_t id = fields.PathId(request, name);
  if (auto valid = fields.Finish(); !valid) return std::move(valid).error();
  return id;
}

Result<PageQuery> ReadPage(const Request& request) {
  Fields fields;
  const PageQuery page = fields.Page(request);
  if (auto valid = fields.Finish(); !valid) return std::move(valid).error();
  return page;
}

}  // namespace shop::http

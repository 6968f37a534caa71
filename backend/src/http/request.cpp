#include "http/request.hpp"

namespace shop::http {
namespace {

std::optional<std::string_view> Find(const NameValues& values, std::string_view name) {
  for (const auto& [key, value] : values) {
    if (key == name) return value;
  }
  return std::nullopt;
}

}  // namespace

std::string_view MethodName(Method method) {
  switch (method) {
    case Method::kGet:
      return "GET";
    case Method::kHead:
      return "HEAD";
    case Method::kPost:
      return "POST";
    case Method::kPut:
      return "PUT";
    case Method::kPatch:
      return "PATCH";
    case Method::kDelete:
      return "DELETE";
    case Method::kOptions:
      return "OPTIONS";
    case Method::kOther:
      return "OTHER";
  }
  return "OTHER";
}

std::string_view Request::Header(std::string_view lower_name) const { return Find(headers, lower_name).value_or(""); }

std::optional<std::string_view> Request::Query(std::string_view name) const { return Find(query, name); }

std::string_view Request::PathParam(std::string_view name) const { return Find(path_params, name).value_or(""); }

}  // namespace shop::http

#include "http/request.hpp"

#include <array>

namespace shop::http {
namespace {

constexpr std::array<std::pair<Method, std::string_view>, 7> kMethodNames{{{Method::kGet, "GET"},
                                                                           {Method::kHead, "HEAD"},
                                                                           {Method::kPost, "POST"},
                                                                           {Method::kPut, "PUT"},
                                                                           {Method::kPatch, "PATCH"},
                                                                           {Method::kDelete, "DELETE"},
                                                                           {Method::kOptions, "OPTIONS"}}};

std::optional<std::string_view> Find(const NameValues& values, std::string_view name) {
  for (const auto& [key, value] : values) {
    if (key == name) return value;
  }
  return std::nullopt;
}

}  // namespace

std::string_view MethodName(Method method) {
  for (const auto& [known, name] : kMethodNames) {
    if (known == method) return name;
  }
  return "OTHER";
}

Method MethodNamed(std::string_view name) {
  for (const auto& [method, known] : kMethodNames) {
    if (known == name) return method;
  }
  return Method::kOther;
}

std::string_view Request::Header(std::string_view lower_name) const { return Find(headers, lower_name).value_or(""); }

std::optional<std::string_view> Request::Query(std::string_view name) const { return Find(query, name); }

std::string_view Request::PathParam(std::string_view name) const { return Find(path_params, name).value_or(""); }

}  // namespace shop::http

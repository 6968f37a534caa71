#include "http/router.hpp"

#include <algorithm>

#include "common/text.hpp"

namespace shop::http {
namespace {

bool IsParam(std::string_view segment) { return segment.size() > 2 && segment.front() == '{' && segment.back() == '}'; }

}  // namespace

void Router::Add(Route route) {
  Compiled compiled;
  for (auto segment : text::Split(route.pattern, "/")) {
    if (!IsParam(segment)) ++compiled.literals;
    if (segment.ends_with("*}")) compiled.rest = true;
    compiled.segments.emplace_back(segment);
  }
  routes_.push_back(std::move(route));
  compiled_.push_back(std::move(compiled));
}

std::optional<NameValues> Router::MatchPath(const Compiled& compiled, const std::vector<std::string_view>& parts) {
  const auto& segments = compiled.segments;
  if (compiled.rest ? parts.size() < segments.size() : parts.size() != segments.size()) return std::nullopt;
  NameValues params;
  for (std::size_t i = 0; i < segments.size(); ++i) {
    const std::string& segment = segments[i];
    if (!IsParam(segment)) {
      if (segment != parts[i]) return std::nullopt;
      continue;
    }
    if (segment.ends_with("*}")) {
      std::string rest(parts[i]);
      for (std::size_t j = i + 1; j < parts.size(); ++j) rest += "/" + std::string(parts[j]);
      params.emplace_back(segment.substr(1, segment.size() - 3), std::move(rest));
      break;
    }
    params.emplace_back(segment.substr(1, segment.size() - 2), std::string(parts[i]));
  }
  return params;
}

Router::Match Router::Find(Method method, std::string_view path) const {
  const auto parts = text::Split(path, "/");
  const Method wanted = method == Method::kHead ? Method::kGet : method;
  Match match;
  int best_literals = -1;
  for (std::size_t i = 0; i < routes_.size(); ++i) {
    auto params = MatchPath(compiled_[i], parts);
    if (!params) continue;
    if (routes_[i].method != wanted) {
      if (std::find(match.allowed.begin(), match.allowed.end(), routes_[i].method) == match.allowed.end()) {
        match.allowed.push_back(routes_[i].method);
      }
      continue;
    }
    if (compiled_[i].literals > best_literals) {
      best_literals = compiled_[i].literals;
      match.route = &routes_[i];
      match.params = std::move(*params);
    }
  }
  if (match.route != nullptr) match.allowed.clear();
  return match;
}

}  // namespace shop::http

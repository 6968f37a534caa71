#include "http/query_string.hpp"

#include <algorithm>
#include <restinio/uri_helpers.hpp>

namespace shop::http {

Result<NameValues> ParseQueryString(std::string_view query) {
  // A '+' in a query string is a space (form encoding); a literal plus arrives as %2B.
  std::string text(query);
  std::replace(text.begin(), text.end(), '+', ' ');
  auto parsed = restinio::try_parse_query<restinio::parse_query_traits::relaxed>(text);
  if (!parsed) return InvalidField({"query"}, "Invalid query string encoding", "value_error");
  NameValues pairs;
  for (const auto& [name, value] : *parsed) pairs.emplace_back(name, value);
  return pairs;
}

}  // namespace shop::http

#include "http/conditional.hpp"

#include "common/crypto.hpp"
#include "http/compression.hpp"

namespace shop::http {

std::string ETagOf(std::string_view body) { return "\"" + crypto::Hex(crypto::Sha256(body).substr(0, 16)) + "\""; }

bool IfNoneMatchNames(std::string_view if_none_match, std::string_view etag) {
  std::size_t start = 0;
  while (start < if_none_match.size()) {
    std::size_t end = if_none_match.find(',', start);
    if (end == std::string_view::npos) end = if_none_match.size();
    std::string_view candidate = if_none_match.substr(start, end - start);
    while (!candidate.empty() && (candidate.front() == ' ' || candidate.front() == '\t')) candidate.remove_prefix(1);
    while (!candidate.empty() && (candidate.back() == ' ' || candidate.back() == '\t')) candidate.remove_suffix(1);
    if (candidate.starts_with("W/")) candidate.remove_prefix(2);
    if (candidate == "*" || candidate == etag) return true;
    start = end + 1;
  }
  return false;
}

Response ConditionalResponse(const Request& request, const Representation& representation,
                             std::string_view cache_control) {
  Response response;
  response.WithHeader("ETag", std::string(representation.etag)).WithHeader("Cache-Control", std::string(cache_control));
  if (IfNoneMatchNames(request.Header("if-none-match"), representation.etag)) {
    response.status = 304;
    response.content_type.clear();
    return response;
  }
  if (!representation.gzipped.empty() && AcceptsGzip(request)) {
    response.body = std::string(representation.gzipped);
    response.WithHeader("Content-Encoding", "gzip").WithHeader("Vary", "Accept-Encoding");
  } else {
    response.body = std::string(representation.body);
  }
  return response;
}

}  // namespace shop::http

// Conditional GET for bodies the server renders: their strong ETag, If-None-Match, and the
// answer that is a 304 when the client holds the body already.
#pragma once

#include <string>
#include <string_view>

#include "http/request.hpp"
#include "http/response.hpp"

namespace shop::http {

// The ETag of a body: a quoted hex digest.
std::string ETagOf(std::string_view body);
// True when an If-None-Match header value names `etag` (as a strong or weak validator) or is "*".
bool IfNoneMatchNames(std::string_view if_none_match, std::string_view etag);

// A rendered body ready to send.
struct Representation {
  std::string_view body;
  std::string_view etag;
  std::string_view gzipped;  // its gzip encoding made ahead of time; empty when there is none
};

// A 304 when the request's If-None-Match names the ETag; otherwise a 200 with the body (the
// gzipped one when there is one and the client takes gzip). Both carry ETag and `cache_control`.
Response ConditionalResponse(const Request& request, const Representation& representation,
                             std::string_view cache_control);

}  // namespace shop::http

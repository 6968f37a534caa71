// gzip for responses: the encoding itself, whether a client takes it, and compressing a
// response on its way out.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "http/request.hpp"
#include "http/response.hpp"

namespace shop::http {

// The gzip encoding of `input`; nullopt when zlib fails.
std::optional<std::string> Gzip(std::string_view input);
// True when the request's Accept-Encoding lists gzip.
bool AcceptsGzip(const Request& request);
// Gzips a compressible body of 1 KiB or more when the client accepts gzip.
void Compress(const Request& request, Response& response);

}  // namespace shop::http

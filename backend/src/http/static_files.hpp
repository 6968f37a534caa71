// Serving files from a folder safely: no traversal outside it, no directory listings, and the
// content type decided by the server, not the client.
#pragma once

#include <filesystem>
#include <string_view>

#include "http/request.hpp"
#include "http/response.hpp"

namespace shop::http {

// The media type for a file name's extension ("application/octet-stream" when unknown).
std::string_view ContentTypeFor(const std::filesystem::path& file);

// Answers the file at `relative` under `root` (404 for anything missing, hidden, outside root or
// not a regular file), with `cache_control`, a weak ETag and 304 for a matching If-None-Match.
Response ServeFile(const Request& request, const std::filesystem::path& root, std::string_view relative,
                   std::string_view cache_control);

}  // namespace shop::http

#include "http/compression.hpp"

#include <zlib.h>

#include <algorithm>
#include <cctype>

namespace shop::http {
namespace {

bool ContainsToken(std::string_view list, std::string_view token) {
  std::size_t start = 0;
  while (start < list.size()) {
    std::size_t end = std::min(list.find(',', start), list.size());
    std::string_view item = list.substr(start, end - start);
    item = item.substr(0, item.find(';'));
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
    if (item.size() == token.size() &&
        std::equal(item.begin(), item.end(), token.begin(), [](char a, char b) { return std::tolower(a) == b; })) {
      return true;
    }
    start = end + 1;
  }
  return false;
}

bool IsCompressible(std::string_view content_type) {
  return content_type.starts_with("application/json") || content_type.starts_with("text/") ||
         content_type.starts_with("application/javascript") || content_type.starts_with("image/svg+xml");
}

}  // namespace

std::optional<std::string> Gzip(std::string_view input) {
  z_stream stream{};
  if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
    return std::nullopt;
  }
  std::string output(deflateBound(&stream, input.size()), '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(input.data()));
  stream.avail_in = static_cast<uInt>(input.size());
  stream.next_out = reinterpret_cast<Bytef*>(output.data());
  stream.avail_out = static_cast<uInt>(output.size());
  const int result = deflate(&stream, Z_FINISH);
  output.resize(stream.total_out);
  deflateEnd(&stream);
  if (result != Z_STREAM_END) return std::nullopt;
  return output;
}

bool AcceptsGzip(const Request& request) { return ContainsToken(request.Header("accept-encoding"), "gzip"); }

void Compress(const Request& request, Response& response) {
  if (response.file || response.body.size() < 1024 || !IsCompressible(response.content_type) ||
      !response.Header("Content-Encoding").empty() || !AcceptsGzip(request)) {
    return;
  }
  if (auto compressed = Gzip(response.body)) {
    response.body = std::move(*compressed);
    response.WithHeader("Content-Encoding", "gzip").WithHeader("Vary", "Accept-Encoding");
  }
}

}  // namespace shop::http

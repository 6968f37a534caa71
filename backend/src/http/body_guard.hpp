// The body limit of each route, applied to the bytes as they arrive, before the HTTP layer keeps
// a body: a declared Content-Length over the route's limit is refused when the headers end, a
// chunked body as soon as it grows past it. RESTinio 0.6 has one body limit for every route (the
// largest, uploads'), so without this a client could make the server hold 5 MiB per connection on
// any route, signed in or not.
#pragma once

#include <http_parser.h>

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace shop::http {

// The largest body a request for `method` and `path` (no query string) may have.
using BodyLimitFor = std::function<std::size_t(std::string_view method, std::string_view path)>;

// The header line the guard puts on a request whose body it refused (with the limit as value).
inline constexpr std::string_view kBodyRefusedHeader = "x-shop-body-refused";

// One connection's guard: it reads the client's bytes with its own HTTP parser and hands on each
// request once it is complete (a request without a body as soon as its headers are). For a
// request over its limit it hands on, instead, the same request line and headers with no body,
// "Connection: close" and kBodyRefusedHeader, and drops everything after it. Bytes it cannot
// parse it hands on as they are, and from then on everything, for the HTTP layer to refuse.
class BodyGuard {
 public:
  explicit BodyGuard(BodyLimitFor limit_for);
  BodyGuard(const BodyGuard&) = delete;
  BodyGuard& operator=(const BodyGuard&) = delete;

  // Takes `size` bytes read from the client and appends to `out` what the HTTP layer may read.
  void Feed(const char* data, std::size_t size, std::string& out);
  // True once a request was refused: what the client sends after it is dropped.
  bool refused() const { return mode_ == Mode::kDropping; }

 private:
  enum class Mode { kGuarding, kPassing, kDropping };
  static int OnMessageBegin(http_parser* parser);
  static int OnUrl(http_parser* parser, const char* at, std::size_t length);
  static int OnHeaderField(http_parser* parser, const char* at, std::size_t length);
  static int OnHeaderValue(http_parser* parser, const char* at, std::size_t length);
  static int OnHeadersComplete(http_parser* parser);
  static int OnBody(http_parser* parser, const char* at, std::size_t length);
  static int OnMessageComplete(http_parser* parser);
  // The request as the HTTP layer sees it once its body is refused.
  std::string RefusedRequest() const;

  BodyLimitFor limit_for_;
  http_parser_settings settings_{};
  http_parser parser_{};
  Mode mode_ = Mode::kGuarding;
  std::string held_;  // the bytes of the request being read
  std::string url_;
  std::vector<std::pair<std::string, std::string>> fields_;
  bool last_was_value_ = true;
  std::size_t limit_ = 0;
  std::size_t body_bytes_ = 0;
  bool complete_ = false;
  bool refuse_ = false;
};

}  // namespace shop::http

// libFuzzer target: an upload request through FormDataField. The input's first line is the
// Content-Type header; the rest is the body.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "http/multipart.hpp"
#include "http/response.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const auto newline = input.find('\n');
  shop::http::Request request;
  request.method = shop::http::Method::kPost;
  request.headers = {{"content-type", std::string(input.substr(0, newline))}};
  request.body = newline == std::string_view::npos ? std::string_view() : input.substr(newline + 1);

  auto file = shop::http::FormDataField(request, "file");
  if (!file) {
    (void)shop::http::ErrorResponse(file.error());
    return 0;
  }
  // The field is a view into the body: reading all of it must stay inside the body's bytes.
  static volatile char last = 0;
  for (char c : *file) last = c;
  return 0;
}

// libFuzzer target: VerifyJwt on the input as a token, and on a correctly signed token whose
// header and payload are the input's two lines, so the claims parser is reached past the
// signature check. Every answer must be a value: claims or a 401.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "auth/jwt.hpp"
#include "common/crypto.hpp"

namespace {

constexpr std::string_view kSecret = "fuzz-secret-key-0123456789abcdef0123456789";
constexpr std::int64_t kNow = 1'800'000'000;

void Verify(std::string_view token) {
  for (std::string_view type : {shop::auth::kAccessToken, shop::auth::kRefreshToken}) {
    auto claims = shop::auth::VerifyJwt(token, kSecret, type, kNow);
    if (claims) {
      if (claims->type != type || claims->exp <= kNow) std::abort();
    } else if (claims.error().code != shop::Errc::kUnauthenticated) {
      std::abort();
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  Verify(input);

  const auto newline = input.find('\n');
  const std::string_view header = input.substr(0, newline);
  const std::string_view payload = newline == std::string_view::npos ? "" : input.substr(newline + 1);
  std::string signed_token = shop::crypto::Base64UrlEncode(header) + "." + shop::crypto::Base64UrlEncode(payload);
  signed_token += "." + shop::crypto::Base64UrlEncode(shop::crypto::HmacSha256(kSecret, signed_token));
  Verify(signed_token);
  return 0;
}

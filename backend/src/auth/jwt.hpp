// JSON Web Tokens, HS256 only: signing and verifying the shop's access and refresh tokens.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "common/errors.hpp"

namespace shop::auth {

inline constexpr std::string_view kAccessToken = "access";
inline constexpr std::string_view kRefreshToken = "refresh";

struct Claims {
  std::int64_t sub = 0;  // user id
  std::string role;      // "customer" or "admin"
  std::string type;      // kAccessToken or kRefreshToken
  std::int64_t iat = 0;  // seconds since the epoch
  std::int64_t exp = 0;
  std::string jti;
  // The user's session version when the token was issued ("ver"; 0 when absent). Ending a
  // user's sessions moves the version on, and access tokens of an older one are refused.
  std::int64_t ver = 0;
};

// header.payload.signature with {"alg":"HS256","typ":"JWT"}; `sub` is written as a string.
std::string SignJwt(const Claims& claims, std::string_view secret);

// Checks the signature (in constant time), that alg is HS256 (and no `crit` extension is asked
// for), that every claim has its type (sub a decimal id as a string, iat/exp/ver integers), that
// the token is of `expected_type` and not expired at `now`. Every failure is a 401, never a throw.
Result<Claims> VerifyJwt(std::string_view token, std::string_view secret, std::string_view expected_type,
                         std::int64_t now);

// Seconds since the epoch.
std::int64_t NowSeconds();

}  // namespace shop::auth

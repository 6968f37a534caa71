#include "auth/jwt.hpp"

#include <chrono>
#include <nlohmann/json.hpp>

#include "common/crypto.hpp"

namespace shop::auth {
namespace {

Error Invalid() { return Unauthenticated("Could not validate credentials"); }

}  // namespace

std::int64_t NowSeconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

std::string SignJwt(const Claims& claims, std::string_view secret) {
  static const std::string header = crypto::Base64UrlEncode(R"({"alg":"HS256","typ":"JWT"})");
  const nlohmann::json payload = {{"sub", std::to_string(claims.sub)},
                                  {"role", claims.role},
                                  {"type", claims.type},
                                  {"iat", claims.iat},
                                  {"exp", claims.exp},
                                  {"jti", claims.jti}};
  std::string token = header + "." + crypto::Base64UrlEncode(payload.dump());
  token += "." + crypto::Base64UrlEncode(crypto::HmacSha256(secret, token));
  return token;
}

Result<Claims> VerifyJwt(std::string_view token, std::string_view secret, std::string_view expected_type,
                         std::int64_t now) {
  const auto first = token.find('.');
  const auto second = first == std::string_view::npos ? first : token.find('.', first + 1);
  if (second == std::string_view::npos || token.find('.', second + 1) != std::string_view::npos) return Invalid();

  auto header_text = crypto::Base64UrlDecode(token.substr(0, first));
  auto payload_text = crypto::Base64UrlDecode(token.substr(first + 1, second - first - 1));
  auto signature = crypto::Base64UrlDecode(token.substr(second + 1));
  if (!header_text || !payload_text || !signature) return Invalid();

  const auto header = nlohmann::json::parse(*header_text, nullptr, false);
  if (!header.is_object() || header.value("alg", "") != "HS256") return Invalid();
  const auto expected = crypto::HmacSha256(secret, token.substr(0, second));
  if (!crypto::ConstantTimeEquals(*signature, expected)) return Invalid();

  const auto payload = nlohmann::json::parse(*payload_text, nullptr, false);
  if (!payload.is_object()) return Invalid();
  Claims claims;
  try {
    claims.sub = std::stoll(payload.at("sub").get<std::string>());
    claims.role = payload.at("role").get<std::string>();
    claims.type = payload.at("type").get<std::string>();
    claims.iat = payload.at("iat").get<std::int64_t>();
    claims.exp = payload.at("exp").get<std::int64_t>();
    claims.jti = payload.at("jti").get<std::string>();
  } catch (const std::exception&) {
    return Invalid();
  }
  if (claims.type != expected_type) return Invalid();
  if (claims.exp <= now) return Unauthenticated("Token has expired");
  return claims;
}

}  // namespace shop::auth

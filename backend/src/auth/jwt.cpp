#include "auth/jwt.hpp"

#include <charconv>
#include <chrono>
#include <limits>
#include <nlohmann/json.hpp>
#include <optional>

#include "common/crypto.hpp"

namespace shop::auth {
namespace {

Error Invalid() { return Unauthenticated("Could not validate credentials"); }

// The string claim `name`, or nullopt when it is missing or of another type.
std::optional<std::string> StringClaim(const nlohmann::json& payload, const char* name) {
  const auto found = payload.find(name);
  if (found == payload.end() || !found->is_string()) return std::nullopt;
  return found->get<std::string>();
}

// The integer claim `name` (JSON integer, not a float), or nullopt.
std::optional<std::int64_t> IntegerClaim(const nlohmann::json& payload, const char* name) {
  const auto found = payload.find(name);
  if (found == payload.end() || !found->is_number_integer()) return std::nullopt;
  if (found->is_number_unsigned() && found->get<std::uint64_t>() > std::numeric_limits<std::int64_t>::max()) {
    return std::nullopt;
  }
  return found->get<std::int64_t>();
}

// A user id written as a positive decimal string, digits only.
std::optional<std::int64_t> ParseSubject(const std::string& text) {
  std::int64_t id = 0;
  const auto* end = text.data() + text.size();
  const auto [ptr, error] = std::from_chars(text.data(), end, id);
  if (text.empty() || error != std::errc() || ptr != end || id <= 0) return std::nullopt;
  return id;
}

}  // namespace

std::int64_t NowSeconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

std::string SignJwt(const Claims& claims, std::string_view secret) {
  static const std::string kHeader = crypto::Base64UrlEncode(R"({"alg":"HS256","typ":"JWT"})");
  const nlohmann::json payload = {{"sub", std::to_string(claims.sub)},
                                  {"role", claims.role},
                                  {"type", claims.type},
                                  {"iat", claims.iat},
                                  {"exp", claims.exp},
                                  {"jti", claims.jti},
                                  {"ver", claims.ver}};
  std::string token = kHeader + "." + crypto::Base64UrlEncode(payload.dump());
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
  if (!header.is_object() || StringClaim(header, "alg") != "HS256" || header.contains("crit")) return Invalid();
  const auto expected = crypto::HmacSha256(secret, token.substr(0, second));
  if (!crypto::ConstantTimeEquals(*signature, expected)) return Invalid();

  const auto payload = nlohmann::json::parse(*payload_text, nullptr, false);
  if (!payload.is_object()) return Invalid();
  const auto sub = StringClaim(payload, "sub");
  const auto id = sub ? ParseSubject(*sub) : std::nullopt;
  auto role = StringClaim(payload, "role");
  auto type = StringClaim(payload, "type");
  const auto iat = IntegerClaim(payload, "iat");
  const auto exp = IntegerClaim(payload, "exp");
  auto jti = StringClaim(payload, "jti");
  const auto ver = payload.contains("ver") ? IntegerClaim(payload, "ver") : std::optional<std::int64_t>(0);
  if (!id || !role || !type || !iat || !exp || !jti || !ver || *ver < 0) return Invalid();
  const Claims claims{*id, std::move(*role), std::move(*type), *iat, *exp, std::move(*jti), *ver};
  if (claims.type != expected_type) return Invalid();
  if (claims.exp <= now) return Unauthenticated("Token has expired");
  return claims;
}

}  // namespace shop::auth

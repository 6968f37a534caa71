// Small wrappers over OpenSSL: random tokens, SHA-256, HMAC-SHA256, base64url, constant-time compare.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace shop::crypto {

// `bytes` random bytes from OpenSSL's CSPRNG, base64url without padding (32 bytes → 43 chars).
std::string RandomToken(std::size_t bytes = 32);
// A random UUID (version 4) in its usual text form.
std::string RandomUuid();
// The raw 32-byte SHA-256 digest of `data`.
std::string Sha256(std::string_view data);
// The raw 32-byte HMAC-SHA256 of `data` under `key`.
std::string HmacSha256(std::string_view key, std::string_view data);
// Standard base64 (RFC 4648 section 4), padded, on one line.
std::string Base64Encode(std::string_view data);
std::string Base64UrlEncode(std::string_view data);
// nullopt when `text` is not base64url.
std::optional<std::string> Base64UrlDecode(std::string_view text);
// Lower-case hex of raw bytes (for bytea parameters: "\\x" + Hex(...)).
std::string Hex(std::string_view data);
// Equal length and content, in time independent of where they differ.
bool ConstantTimeEquals(std::string_view a, std::string_view b);

}  // namespace shop::crypto

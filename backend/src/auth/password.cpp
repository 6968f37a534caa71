#include "auth/password.hpp"

#include <crypt.h>
#include <openssl/rand.h>

#include <algorithm>
#include <memory>
#include <stdexcept>

#include "common/crypto.hpp"

namespace shop::auth {
namespace {

constexpr std::string_view kBcryptPrefix = "$2b$";

// crypt_r of `password` under `setting` (a salt or a full hash); "" when libcrypt refuses it.
std::string Crypt(std::string_view password, std::string_view setting) {
  const std::string phrase(password);
  const std::string salt(setting);
  auto data = std::make_unique<crypt_data>();  // ~32 KiB: too large for a worker's stack frame
  const char* hashed = crypt_r(phrase.c_str(), salt.c_str(), data.get());
  if (hashed == nullptr || hashed[0] == '*') return "";
  return hashed;
}

bool IsBcryptHash(std::string_view hash) { return hash.starts_with(kBcryptPrefix) && hash.size() == 60; }

// A bcrypt hash of the same cost whose password nobody knows: checked instead of a missing one.
constexpr std::string_view kDummyHash = "$2b$12$OwAeJBCp7NledI6hL5eKWejOW96YgjpeAonlsXsQIDkllyVpMCkBy";

}  // namespace

std::optional<PasswordProblem> CheckNewPassword(std::string_view password) {
  const auto characters = std::count_if(password.begin(), password.end(),
                                        [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
  if (static_cast<std::size_t>(characters) < kMinPasswordLength) {
    return PasswordProblem{"String should have at least " + std::to_string(kMinPasswordLength) + " characters",
                           "string_too_short"};
  }
  if (password.size() > kMaxPasswordBytes) {
    return PasswordProblem{"String should have at most " + std::to_string(kMaxPasswordBytes) + " bytes",
                           "string_too_long"};
  }
  if (password.find('\0') != std::string_view::npos) {
    return PasswordProblem{"String should not contain NUL characters", "string_pattern_mismatch"};
  }
  return std::nullopt;
}

std::string HashPassword(std::string_view password) {
  unsigned char salt_bytes[16];
  if (RAND_bytes(salt_bytes, sizeof salt_bytes) != 1) throw std::runtime_error("the random number generator failed");
  char setting[CRYPT_GENSALT_OUTPUT_SIZE];
  if (crypt_gensalt_rn(kBcryptPrefix.data(), kBcryptCost, reinterpret_cast<const char*>(salt_bytes), sizeof salt_bytes,
                       setting, sizeof setting) == nullptr) {
    throw std::runtime_error("crypt_gensalt_rn failed to make a bcrypt salt");
  }
  std::string hash = Crypt(password, setting);
  if (hash.empty()) throw std::runtime_error("crypt_r failed to hash a password");
  return hash;
}

bool VerifyPassword(std::string_view password, std::string_view hash) {
  if (!IsBcryptHash(hash)) {
    VerifyDummyPassword(password);
    return false;
  }
  const std::string computed = Crypt(password, hash);
  return !computed.empty() && crypto::ConstantTimeEquals(computed, hash);
}

void VerifyDummyPassword(std::string_view password) { Crypt(password, kDummyHash); }

}  // namespace shop::auth

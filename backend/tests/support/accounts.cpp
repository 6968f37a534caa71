#include "support/accounts.hpp"

#include <unistd.h>

#include <atomic>

#include "auth/jwt.hpp"
#include "common/crypto.hpp"

namespace shop::testing {

std::string AccessTokenFor(std::int64_t user_id, const std::string& role) {
  const auto now = auth::NowSeconds();
  return auth::SignJwt({user_id, role, std::string(auth::kAccessToken), now, now + 1800, crypto::RandomToken(16)},
                       kTestSecretKey);
}

const TestUser& SharedAdmin() {
  static const TestUser kAdmin = CreateUser(SharedApi::database(), "admin");
  return kAdmin;
}

TestUser CreateUser(const TestDatabase& database, const std::string& role) {
  static std::atomic<int> counter{0};
  TestUser user;
  user.role = role;
  user.email = "user" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + "-" +
               crypto::Hex(crypto::RandomToken(3)).substr(0, 6) + "@example.com";
  // '!' is no bcrypt hash: such a user can only be reached through the token below.
  user.id = std::stoll(
      database.QueryValue("INSERT INTO users (email, hashed_password, full_name, role, is_verified) VALUES ('" +
                          user.email + "', '!', 'Test User', '" + role + "', true) RETURNING id"));
  user.token = AccessTokenFor(user.id, role);
  return user;
}

std::string UniqueEmail(const std::string& prefix) {
  static std::atomic<int> counter{0};
  return prefix + "-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + "-" +
         crypto::Hex(crypto::RandomToken(4)).substr(0, 8) + "@example.com";
}

}  // namespace shop::testing

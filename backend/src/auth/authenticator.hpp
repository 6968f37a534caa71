// Resolves the caller of a protected route from its bearer access token. The one place where a
// token becomes a user: the user must still exist and be active, and the role is the current one.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "common/errors.hpp"
#include "db/pool.hpp"
#include "http/request.hpp"

namespace shop::auth {

class Authenticator {
 public:
  Authenticator(std::string secret, db::Pool& db) : secret_(std::move(secret)), db_(db) {}

  // 401 for a missing, malformed, expired or refresh token, or a deleted or deactivated user.
  // Throws db::Unavailable when the user cannot be looked up.
  Result<http::Principal> Authenticate(const http::Request& request);

  // Drops what is remembered of a user; call after changing their role or active flag.
  void Forget(std::int64_t user_id);

 private:
  // What a verified access token says; its signature and claims never need checking again.
  struct VerifiedToken {
    std::int64_t user_id = 0;
    std::int64_t expires = 0;  // seconds since the epoch
  };
  // Hashes std::string and std::string_view alike, so a lookup needs no copy of the token.
  struct TokenHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view token) const { return std::hash<std::string_view>{}(token); }
  };

  // The token's user id and expiry: remembered, or verified now (401 when it is not valid).
  Result<VerifiedToken> Verify(std::string_view token);

  struct Account {
    std::string role;
    bool active = false;
    std::chrono::steady_clock::time_point fetched;
  };

  const std::string secret_;
  db::Pool& db_;
  std::mutex mutex_;
  std::unordered_map<std::int64_t, Account> accounts_;  // a short-lived cache of role and status
  // Access tokens verified already. A token's signature and claims never change, so this is exact;
  // expiry is checked on every use, and the account behind the token is checked as before.
  std::unordered_map<std::string, VerifiedToken, TokenHash, std::equal_to<>> verified_;
  // Moves on with every Forget(), so a lookup that began before a change never caches what it read.
  std::uint64_t generation_ = 0;
};

}  // namespace shop::auth

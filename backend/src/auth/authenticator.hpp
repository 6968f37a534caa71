// Resolves the caller of a protected route from its bearer access token. The one place where a
// token becomes a user: the user must still exist and be active, the token must carry the user's
// current session version (logout, password change, reset and deactivation move it on), and the
// role is the current one.
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

  // 401 for a missing, malformed, expired or refresh token, a token of an ended session, or a
  // deleted or deactivated user. Throws db::Unavailable when the user cannot be looked up.
  Result<http::Principal> Authenticate(const http::Request& request);

  // Drops what is remembered of a user; call after changing their role, active flag or session
  // version (sessions.hpp).
  void Forget(std::int64_t user_id);

 private:
  // What a verified access token says; its signature and claims never need checking again.
  struct VerifiedToken {
    std::int64_t user_id = 0;
    std::int64_t expires = 0;  // seconds since the epoch
    std::int64_t version = 0;  // the session version it was issued in
  };
  // Hashes std::string and std::string_view alike, so a lookup needs no copy of the token.
  struct TokenHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view token) const { return std::hash<std::string_view>{}(token); }
  };

  // The token's user id and expiry: remembered, or verified now (401 when it is not valid).
  Result<VerifiedToken> Verify(std::string_view token);

  // What a request needs of its user; a deleted user is an inactive account.
  struct Account {
    std::string role;
    bool active = false;
    std::int64_t version = 0;  // users.token_version
    std::chrono::steady_clock::time_point fetched;
  };

  // The account behind a verified token: the one place where a request reads its user, remembered
  // for a few seconds. Throws db::Unavailable when the database cannot be reached.
  Account FindAccount(std::int64_t user_id);

  const std::string secret_;
  db::Pool& db_;
  std::mutex mutex_;
  std::unordered_map<std::int64_t, Account> accounts_;  // a short-lived cache of role, status, version
  // Access tokens verified already. A token's signature and claims never change, so this is exact;
  // expiry is checked on every use, and the account behind the token is checked as before.
  std::unordered_map<std::string, VerifiedToken, TokenHash, std::equal_to<>> verified_;
  // Moves on with every Forget(), so a lookup that began before a change never caches what it read.
  std::uint64_t generation_ = 0;
};

}  // namespace shop::auth

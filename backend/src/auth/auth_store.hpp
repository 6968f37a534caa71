// SQL of accounts: users, their one-time email tokens and their refresh tokens. Token values
// never reach the database; only their SHA-256 digests do.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "auth/user.hpp"
#include "common/errors.hpp"
#include "db/connection.hpp"

namespace shop::auth::store {

// What login and password changes need of a user besides the User itself.
struct Credentials {
  User user;
  std::string hashed_password;
};

// A verification or reset token as stored: whose it is, until when, and whether it was used.
struct StoredUserToken {
  std::int64_t id = 0;
  std::int64_t user_id = 0;
  std::int64_t expires_at = 0;  // seconds since the epoch
  bool used = false;
};

struct StoredRefreshToken {
  std::int64_t id = 0;
  std::int64_t user_id = 0;
  std::string family_id;
  bool rotated = false;
  bool revoked = false;
};

// The new user, or a 409 when the email is taken.
Result<User> InsertUser(db::Connection& connection, std::string_view email, std::string_view hashed_password,
                        std::string_view full_name);
std::optional<User> FindUser(db::Connection& connection, std::int64_t user_id);
std::optional<Credentials> FindCredentialsByEmail(db::Connection& connection, std::string_view email);
std::optional<Credentials> FindCredentialsById(db::Connection& connection, std::int64_t user_id);
// The updated user, or nullopt when there is no such user.
std::optional<User> UpdateFullName(db::Connection& connection, std::int64_t user_id, std::string_view full_name);
void UpdatePassword(db::Connection& connection, std::int64_t user_id, std::string_view hashed_password);
void MarkVerified(db::Connection& connection, std::int64_t user_id);
// Creates or updates the user of `email` into a verified, active admin with this password.
User UpsertAdmin(db::Connection& connection, std::string_view email, std::string_view hashed_password);

// `purpose` is "verify_email" or "reset_password"; `token_hash` the raw SHA-256 digest.
void InsertUserToken(db::Connection& connection, std::int64_t user_id, std::string_view purpose,
                     std::string_view token_hash, std::int64_t expires_at);
// The token of that digest and purpose, locked FOR UPDATE when `lock` (inside a transaction).
std::optional<StoredUserToken> FindUserToken(db::Connection& connection, std::string_view purpose,
                                             std::string_view token_hash, bool lock);
void MarkUserTokenUsed(db::Connection& connection, std::int64_t token_id);

void InsertRefreshToken(db::Connection& connection, std::int64_t user_id, std::string_view family_id,
                        std::string_view token_hash, std::int64_t expires_at);
// The refresh token of that digest, locked FOR UPDATE (call inside a transaction).
std::optional<StoredRefreshToken> LockRefreshToken(db::Connection& connection, std::string_view token_hash);
void MarkRefreshTokenRotated(db::Connection& connection, std::int64_t token_id);
// Revokes every live token of a login (the family of tokens rotated from one another).
void RevokeRefreshFamily(db::Connection& connection, std::string_view family_id);
// Revokes the refresh token of that digest; returns its user when it was live until now.
std::optional<std::int64_t> RevokeRefreshToken(db::Connection& connection, std::string_view token_hash);
// Deletes refresh and one-time tokens that expired more than a day ago, and asks for account
// mail older than a day; returns how many.
std::int64_t PurgeExpiredTokens(db::Connection& connection);

}  // namespace shop::auth::store

// The rules of accounts: registration with email verification, login with rotating refresh
// tokens, profile and password changes, password reset, and the bootstrap admin.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "auth/account_mailer.hpp"
#include "auth/auth_store.hpp"
#include "auth/authenticator.hpp"
#include "auth/rate_limiter.hpp"
#include "auth/user.hpp"
#include "common/errors.hpp"
#include "common/invalidator.hpp"
#include "db/pool.hpp"

namespace shop::auth {

inline constexpr std::int64_t kAccessTokenSeconds = 30 * 60;
inline constexpr std::int64_t kRefreshTokenSeconds = 7 * 24 * 3600;

struct TokenPair {
  std::string access_token;
  std::string refresh_token;
};
// {access_token, refresh_token, token_type: "bearer", expires_in}
nlohmann::json ToJson(const TokenPair& tokens);

struct Registration {
  std::string email;  // normalised
  std::string password;
  std::string full_name;
};

// Ok when an emailed token may still be used at `now` (seconds since the epoch): it exists, was
// not used and has not expired. Otherwise a 400 naming `what` ("verification", "reset").
Status CheckUserToken(const std::optional<store::StoredUserToken>& token, std::int64_t now, std::string_view what);

// Makes the user of `email` a verified, active admin with `password`, creating it if needed.
// A 422-style error when the email or password is not acceptable.
Result<User> EnsureAdmin(db::Connection& connection, std::string_view email, std::string_view password);

class AuthService {
 public:
  // `frontend_url` is the base of the links in emails; `rate_limit` attempts per minute per email
  // or user (0: unlimited). `authenticator` is told when a user's sessions end; `mailer` handles
  // the asks of forgot-password and resend-verification; `stats` is told of every new account.
  AuthService(db::Pool& db, Authenticator& authenticator, AccountMailer& mailer, Invalidator& stats, std::string secret,
              std::string frontend_url, int rate_limit);

  // The new, unverified user; a verification email is queued with it. 409 for a taken email,
  // 429 when `client` made too many attempts.
  Result<User> Register(const Registration& registration, std::string_view client);
  // Marks the token's user verified. 400 for an unknown, used or expired token.
  Status VerifyEmail(std::string_view token);
  // Records the ask for a new verification link; the account mailer sends one when the address
  // belongs to an active, unverified user. The same work and answer for every address; 429 when
  // rate limited.
  Status ResendVerification(std::string_view email, std::string_view client);
  // A new login: 401 for a wrong email or password (alike, also in timing), 403 for an inactive
  // or unverified user, 429 when rate limited.
  Result<TokenPair> Login(std::string_view email, std::string_view password, std::string_view client);
  // Rotates a refresh token. 401 when it is invalid, expired, revoked or its user is inactive;
  // presenting an already rotated token revokes its whole login and is a 401 too.
  Result<TokenPair> Refresh(std::string_view refresh_token);
  // Revokes the refresh token, whatever it is, and ends the access tokens of its user (all of
  // them: the session version is per user; other logins get new ones by refreshing). Logging out
  // twice is harmless.
  void Logout(std::string_view refresh_token);
  // 404 when the user no longer exists.
  Result<User> Me(std::int64_t user_id);
  Result<User> UpdateMe(std::int64_t user_id, std::string_view full_name);
  // 400 when `current_password` is wrong; ends every session and emailed link of the user. 429
  // when the user or `client` made too many attempts.
  Status ChangePassword(std::int64_t user_id, std::string_view current_password, std::string_view new_password,
                        std::string_view client);
  // Records the ask for a reset link; the account mailer sends one when the address belongs to an
  // active user. The same work and answer for every address; 429 when rate limited.
  Status ForgotPassword(std::string_view email, std::string_view client);
  // Sets the password of the token's user and ends their sessions and every other emailed link.
  // 400 for an unknown, used or expired token.
  Status ResetPassword(std::string_view token, std::string_view new_password);

 private:
  // Signs a token pair for the user, in their current session version, and records the refresh
  // token in `family_id`.
  TokenPair IssueTokens(db::Connection& connection, const User& user, const std::string& family_id);
  // Records an ask for the account mailer and wakes it.
  Status AskForMail(std::string_view purpose, std::string_view email, std::string_view client);

  db::Pool& db_;
  Authenticator& authenticator_;
  AccountMailer& mailer_;
  Invalidator& stats_;
  const std::string secret_;
  const std::string frontend_url_;
  RateLimiter limiter_;
};

}  // namespace shop::auth

// The rules of accounts: registration with email verification, login with rotating refresh
// tokens, profile and password changes, password reset, and the bootstrap admin.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "auth/auth_store.hpp"
#include "auth/rate_limiter.hpp"
#include "auth/user.hpp"
#include "common/errors.hpp"
#include "db/pool.hpp"

namespace shop::auth {

inline constexpr std::int64_t kAccessTokenSeconds = 30 * 60;
inline constexpr std::int64_t kRefreshTokenSeconds = 7 * 24 * 3600;
inline constexpr std::int64_t kVerifyEmailSeconds = 24 * 3600;
inline constexpr std::int64_t kResetPasswordSeconds = 3600;
inline constexpr std::string_view kVerifyEmail = "verify_email";
inline constexpr std::string_view kResetPassword = "reset_password";

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
  // (0: unlimited).
  AuthService(db::Pool& db, std::string secret, std::string frontend_url, int rate_limit);

  // The new, unverified user; a verification email is queued with it. 409 for a taken email,
  // 429 when `client` made too many attempts.
  Result<User> Register(const Registration& registration, std::string_view client);
  // Marks the token's user verified. 400 for an unknown, used or expired token.
  Status VerifyEmail(std::string_view token);
  // Queues a new verification email when the address belongs to an unverified user; the same
  // answer either way. 429 when rate limited.
  Status ResendVerification(std::string_view email, std::string_view client);
  // A new login: 401 for a wrong email or password (alike, also in timing), 403 for an inactive
  // or unverified user, 429 when rate limited.
  Result<TokenPair> Login(std::string_view email, std::string_view password, std::string_view client);
  // Rotates a refresh token. 401 when it is invalid, expired, revoked or its user is inactive;
  // presenting an already rotated token revokes its whole login and is a 401 too.
  Result<TokenPair> Refresh(std::string_view refresh_token);
  // Revokes the refresh token, whatever it is; logging out twice is harmless.
  void Logout(std::string_view refresh_token);
  // 404 when the user no longer exists.
  Result<User> Me(std::int64_t user_id);
  Result<User> UpdateMe(std::int64_t user_id, std::string_view full_name);
  // 400 when `current_password` is wrong; ends every session of the user.
  Status ChangePassword(std::int64_t user_id, std::string_view current_password, std::string_view new_password);
  // Queues a reset email when the address belongs to an active user; the same answer either way.
  Status ForgotPassword(std::string_view email, std::string_view client);
  // Sets the password of the token's user and ends their sessions. 400 for an unknown, used or
  // expired token.
  Status ResetPassword(std::string_view token, std::string_view new_password);

 private:
  // Signs a token pair for the user and records the refresh token in `family_id`.
  TokenPair IssueTokens(db::Connection& connection, const User& user, const std::string& family_id);
  // Creates a one-time token for the user and queues the email that carries its link.
  void SendVerification(db::Connection& connection, const User& user);
  void SendPasswordReset(db::Connection& connection, const User& user);

  db::Pool& db_;
  const std::string secret_;
  const std::string frontend_url_;
  RateLimiter limiter_;
};

}  // namespace shop::auth

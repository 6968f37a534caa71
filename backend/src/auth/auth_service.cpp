#include "auth/auth_service.hpp"

#include "auth/jwt.hpp"
#include "auth/password.hpp"
#include "auth/sessions.hpp"
#include "common/crypto.hpp"
#include "common/log.hpp"
#include "http/validation.hpp"

namespace shop::auth {
namespace {

Error InvalidRefreshToken() { return Unauthenticated("Invalid refresh token"); }

}  // namespace

nlohmann::json ToJson(const TokenPair& tokens) {
  return {{"access_token", tokens.access_token},
          {"refresh_token", tokens.refresh_token},
          {"token_type", "bearer"},
          {"expires_in", kAccessTokenSeconds}};
}

Status CheckUserToken(const std::optional<store::StoredUserToken>& token, std::int64_t now, std::string_view what) {
  if (!token || token->used || token->expires_at <= now) {
    return BadRequest("Invalid or expired " + std::string(what) + " token");
  }
  return Ok{};
}

Result<User> EnsureAdmin(db::Connection& connection, std::string_view email, std::string_view password) {
  const auto normalized = http::NormalizeEmail(email);
  if (!normalized) return InvalidField({"email"}, "value is not a valid email address", "value_error");
  if (auto problem = CheckNewPassword(password)) return InvalidField({"password"}, problem->msg, problem->type);
  return store::UpsertAdmin(connection, *normalized, HashPassword(password));
}

AuthService::AuthService(db::Pool& db, Authenticator& authenticator, AccountMailer& mailer, Invalidator& stats,
                         std::string secret, std::string frontend_url, int rate_limit)
    : db_(db),
      authenticator_(authenticator),
      mailer_(mailer),
      stats_(stats),
      secret_(std::move(secret)),
      frontend_url_(std::move(frontend_url)),
      limiter_(rate_limit) {}

TokenPair AuthService::IssueTokens(db::Connection& connection, const User& user, const std::string& family_id) {
  const std::int64_t now = NowSeconds();
  const std::int64_t version = SessionVersion(connection, user.id);
  const Claims access{
      user.id, user.role, std::string(kAccessToken), now, now + kAccessTokenSeconds, crypto::RandomToken(16), version};
  const Claims refresh{
      user.id, user.role, std::string(kRefreshToken), now, now + kRefreshTokenSeconds, crypto::RandomToken(16),
      version};
  TokenPair tokens{SignJwt(access, secret_), SignJwt(refresh, secret_)};
  store::InsertRefreshToken(connection, user.id, family_id, crypto::Sha256(tokens.refresh_token), refresh.exp);
  return tokens;
}

Status AuthService::AskForMail(std::string_view purpose, std::string_view email, std::string_view client) {
  if (auto allowed = limiter_.Allow(email, client); !allowed) return allowed;
  {
    auto lease = db_.Acquire();
    RecordMailRequest(*lease, purpose, email);
  }
  mailer_.Wake();
  return Ok{};
}

Result<User> AuthService::Register(const Registration& registration, std::string_view client) {
  if (auto allowed = limiter_.Allow(registration.email, client); !allowed) return std::move(allowed).error();
  const std::string hashed = HashPassword(registration.password);
  auto lease = db_.Acquire();
  db::Transaction tx(*lease);
  auto user = store::InsertUser(*lease, registration.email, hashed, registration.full_name);
  if (!user) return user;
  QueueVerificationEmail(*lease, *user, frontend_url_);
  tx.Commit();
  stats_.Invalidate();
  return user;
}

Status AuthService::VerifyEmail(std::string_view token) {
  auto lease = db_.Acquire();
  db::Transaction tx(*lease);
  const auto stored = store::FindUserToken(*lease, kVerifyEmail, crypto::Sha256(token), /*lock=*/true);
  if (auto usable = CheckUserToken(stored, NowSeconds(), "verification"); !usable) return usable;
  store::MarkUserTokenUsed(*lease, stored->id);
  store::MarkVerified(*lease, stored->user_id);
  tx.Commit();
  return Ok{};
}

Status AuthService::ResendVerification(std::string_view email, std::string_view client) {
  return AskForMail(kVerifyEmail, email, client);
}

Result<TokenPair> AuthService::Login(std::string_view email, std::string_view password, std::string_view client) {
  if (auto allowed = limiter_.Allow(email, client); !allowed) return std::move(allowed).error();
  std::optional<store::Credentials> credentials;
  {
    auto lease = db_.Acquire();  // not held while bcrypt runs
    credentials = store::FindCredentialsByEmail(*lease, email);
  }
  // An unknown email costs one bcrypt check too, so the answer's timing reveals no accounts.
  bool matches = false;
  if (credentials) {
    matches = VerifyPassword(password, credentials->hashed_password);
  } else {
    VerifyDummyPassword(password);
  }
  if (!matches) return Unauthenticated("Incorrect email or password");
  if (!credentials->user.is_active) return Forbidden("Account is inactive");
  if (!credentials->user.is_verified) return Forbidden("Email not verified");
  auto lease = db_.Acquire();
  return IssueTokens(*lease, credentials->user, crypto::RandomUuid());
}

Result<TokenPair> AuthService::Refresh(std::string_view refresh_token) {
  const auto claims = VerifyJwt(refresh_token, secret_, kRefreshToken, NowSeconds());
  if (!claims) return InvalidRefreshToken();
  auto lease = db_.Acquire();
  db::Transaction tx(*lease);
  const auto stored = store::LockRefreshToken(*lease, crypto::Sha256(refresh_token));
  if (!stored || stored->user_id != claims->sub) return InvalidRefreshToken();
  if (stored->rotated) {
    // Only a copy of the token can come back after its rotation: end that whole login.
    store::RevokeRefreshFamily(*lease, stored->family_id);
    tx.Commit();
    log::Warn("refresh token reused; login revoked", {{"user_id", std::to_string(stored->user_id)}});
    return InvalidRefreshToken();
  }
  if (stored->revoked) return InvalidRefreshToken();
  const auto user = store::FindUser(*lease, stored->user_id);
  if (!user || !user->is_active) return InvalidRefreshToken();
  store::MarkRefreshTokenRotated(*lease, stored->id);
  TokenPair tokens = IssueTokens(*lease, *user, stored->family_id);
  tx.Commit();
  return tokens;
}

void AuthService::Logout(std::string_view refresh_token) {
  std::optional<std::int64_t> user_id;
  {
    auto lease = db_.Acquire();
    db::Transaction tx(*lease);
    user_id = store::RevokeRefreshToken(*lease, crypto::Sha256(refresh_token));
    if (user_id) EndAccessTokens(*lease, *user_id);
    tx.Commit();
  }
  if (user_id) authenticator_.Forget(*user_id);
}

Result<User> AuthService::Me(std::int64_t user_id) {
  auto lease = db_.Acquire();
  auto user = store::FindUser(*lease, user_id);
  if (!user) return NotFound("User not found");
  return std::move(*user);
}

Result<User> AuthService::UpdateMe(std::int64_t user_id, std::string_view full_name) {
  auto lease = db_.Acquire();
  auto user = store::UpdateFullName(*lease, user_id, full_name);
  if (!user) return NotFound("User not found");
  return std::move(*user);
}

Status AuthService::ChangePassword(std::int64_t user_id, std::string_view current_password,
                                   std::string_view new_password, std::string_view client) {
  if (auto allowed = limiter_.Allow("user:" + std::to_string(user_id), client); !allowed) return allowed;
  std::optional<store::Credentials> credentials;
  {
    auto lease = db_.Acquire();
    credentials = store::FindCredentialsById(*lease, user_id);
  }
  if (!credentials) return NotFound("User not found");
  if (!VerifyPassword(current_password, credentials->hashed_password)) return BadRequest("Incorrect password");
  const std::string hashed = HashPassword(new_password);
  auto lease = db_.Acquire();
  db::Transaction tx(*lease);
  store::UpdatePassword(*lease, user_id, hashed);
  RevokeUserSessions(*lease, user_id);
  tx.Commit();
  authenticator_.Forget(user_id);
  return Ok{};
}

Status AuthService::ForgotPassword(std::string_view email, std::string_view client) {
  return AskForMail(kResetPassword, email, client);
}

Status AuthService::ResetPassword(std::string_view token, std::string_view new_password) {
  const std::string token_hash = crypto::Sha256(token);
  {
    // A bad token is refused before paying for a bcrypt hash.
    auto lease = db_.Acquire();
    const auto stored = store::FindUserToken(*lease, kResetPassword, token_hash, /*lock=*/false);
    if (auto usable = CheckUserToken(stored, NowSeconds(), "reset"); !usable) return usable;
  }
  const std::string hashed = HashPassword(new_password);
  auto lease = db_.Acquire();
  db::Transaction tx(*lease);
  const auto stored = store::FindUserToken(*lease, kResetPassword, token_hash, /*lock=*/true);
  if (auto usable = CheckUserToken(stored, NowSeconds(), "reset"); !usable) return usable;
  store::MarkUserTokenUsed(*lease, stored->id);
  store::UpdatePassword(*lease, stored->user_id, hashed);
  // The link arrived by email, which proves the address as well as a verification link would.
  store::MarkVerified(*lease, stored->user_id);
  RevokeUserSessions(*lease, stored->user_id);
  tx.Commit();
  authenticator_.Forget(stored->user_id);
  return Ok{};
}

}  // namespace shop::auth

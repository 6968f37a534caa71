#include "auth/authenticator.hpp"

#include "auth/jwt.hpp"
#include "auth/user.hpp"

namespace shop::auth {
namespace {

// Changes made by this process take effect at once (Forget); other instances see them within this.
constexpr auto kAccountCacheTtl = std::chrono::seconds(10);

// Bounds the verified tokens kept: when full, they are forgotten all at once and verified again.
constexpr std::size_t kMaxVerifiedTokens = 16384;

constexpr db::Statement kAccount{"auth_account", "SELECT role, is_active, token_version FROM users WHERE id = $1"};

}  // namespace

Result<http::Principal> Authenticator::Authenticate(const http::Request& request) {
  const std::string_view header = request.Header("authorization");
  constexpr std::string_view kScheme = "bearer ";
  if (header.size() <= kScheme.size() ||
      !std::equal(kScheme.begin(), kScheme.end(), header.begin(),
                  [](char a, char b) { return a == std::tolower(static_cast<unsigned char>(b)); })) {
    return Unauthenticated("Not authenticated");
  }
  SHOP_TRY(token, Verify(header.substr(kScheme.size())));

  const Account account = FindAccount(token->user_id);
  if (!account.active || account.version != token->version) return Unauthenticated("Could not validate credentials");
  return http::Principal{token->user_id, account.role};
}

Authenticator::Account Authenticator::FindAccount(std::int64_t user_id) {
  const auto now = std::chrono::steady_clock::now();
  std::uint64_t generation = 0;
  {
    std::lock_guard lock(mutex_);
    if (auto found = accounts_.find(user_id);
        found != accounts_.end() && now - found->second.fetched < kAccountCacheTtl) {
      return found->second;
    }
    generation = generation_;
  }
  Account account;
  account.fetched = now;
  {
    auto lease = db_.Acquire();
    const auto rows = lease->Exec(kAccount, {user_id});
    if (!rows.empty()) {
      account.role = rows.front().Parsed("role", ParseRole);
      account.active = rows.front().Bool("is_active");
      account.version = rows.front().Int("token_version");
    }
  }
  std::lock_guard lock(mutex_);
  if (generation == generation_) accounts_[user_id] = account;
  return account;
}

Result<Authenticator::VerifiedToken> Authenticator::Verify(std::string_view token) {
  const std::int64_t now = NowSeconds();
  {
    std::lock_guard lock(mutex_);
    if (auto found = verified_.find(token); found != verified_.end()) {
      if (found->second.expires <= now) return Unauthenticated("Token has expired");
      return found->second;
    }
  }
  SHOP_TRY(claims, VerifyJwt(token, secret_, kAccessToken, now));
  const VerifiedToken verified{claims->sub, claims->exp, claims->ver};
  std::lock_guard lock(mutex_);
  if (verified_.size() >= kMaxVerifiedTokens) verified_.clear();
  verified_.emplace(token, verified);
  return verified;
}

void Authenticator::Forget(std::int64_t user_id) {
  std::lock_guard lock(mutex_);
  accounts_.erase(user_id);
  ++generation_;
}

}  // namespace shop::auth

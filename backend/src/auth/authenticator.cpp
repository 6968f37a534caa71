#include "auth/authenticator.hpp"

#include "auth/jwt.hpp"

namespace shop::auth {
namespace {

// Changes made by this process take effect at once (Forget); other instances see them within this.
constexpr auto kAccountCacheTtl = std::chrono::seconds(10);

constexpr db::Statement kAccount{"auth_account", "SELECT role, is_active FROM users WHERE id = $1"};

}  // namespace

Result<http::Principal> Authenticator::Authenticate(const http::Request& request) {
  const std::string_view header = request.Header("authorization");
  constexpr std::string_view kScheme = "bearer ";
  if (header.size() <= kScheme.size() ||
      !std::equal(kScheme.begin(), kScheme.end(), header.begin(),
                  [](char a, char b) { return a == std::tolower(static_cast<unsigned char>(b)); })) {
    return Unauthenticated("Not authenticated");
  }
  auto claims = VerifyJwt(header.substr(kScheme.size()), secret_, kAccessToken, NowSeconds());
  if (!claims) return std::move(claims).error();

  const auto now = std::chrono::steady_clock::now();
  Account account;
  bool cached = false;
  std::uint64_t generation = 0;
  {
    std::lock_guard lock(mutex_);
    if (auto found = accounts_.find(claims->sub); found != accounts_.end() && now - found->second.fetched < kAccountCacheTtl) {
      account = found->second;
      cached = true;
    }
    generation = generation_;
  }
  if (!cached) {
    auto lease = db_.Acquire();
    const auto rows = lease->Exec(kAccount, {claims->sub});
    account.fetched = now;
    if (!rows.empty()) {
      account.role = rows.front().String("role");
      account.active = rows.front().Bool("is_active");
    }
    std::lock_guard lock(mutex_);
    if (generation == generation_) accounts_[claims->sub] = account;
  }
  if (!account.active) return Unauthenticated("Could not validate credentials");
  return http::Principal{claims->sub, account.role};
}

void Authenticator::Forget(std::int64_t user_id) {
  std::lock_guard lock(mutex_);
  accounts_.erase(user_id);
  ++generation_;
}

}  // namespace shop::auth

#include "auth/rate_limiter.hpp"

#include <algorithm>

namespace shop::auth {
namespace {

constexpr int kAddressFactor = 30;

}  // namespace

RateLimiter::RateLimiter(int per_minute, std::size_t max_keys) : per_minute_(per_minute), buckets_(max_keys) {}

std::size_t RateLimiter::size() const {
  std::lock_guard lock(mutex_);
  return buckets_.size();
}

Status RateLimiter::Allow(std::optional<std::string_view> email, std::string_view address, Clock::time_point now) {
  if (per_minute_ <= 0) return Ok{};
  const TokenBuckets::Rate per_email{static_cast<double>(per_minute_), std::chrono::minutes(1)};
  const TokenBuckets::Rate per_address{static_cast<double>(per_minute_) * kAddressFactor, std::chrono::minutes(1)};

  std::lock_guard lock(mutex_);
  double& by_address = buckets_.Tokens("addr:" + std::string(address), per_address, now);
  double* by_email = email ? &buckets_.Tokens("email:" + std::string(*email), per_email, now) : nullptr;

  int retry_after = 0;
  if (by_address < 1.0) retry_after = TokenBuckets::SecondsUntilOne(by_address, per_address);
  if (by_email != nullptr && *by_email < 1.0) {
    retry_after = std::max(retry_after, TokenBuckets::SecondsUntilOne(*by_email, per_email));
  }
  if (retry_after > 0) {
    Error error = MakeError(Errc::kTooManyRequests, "Too many attempts, please try again later");
    error.retry_after_seconds = retry_after;
    return error;
  }
  by_address -= 1.0;
  if (by_email != nullptr) *by_email -= 1.0;
  return Ok{};
}

}  // namespace shop::auth

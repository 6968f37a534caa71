#include "auth/rate_limiter.hpp"

namespace shop::auth {
namespace {

constexpr int kAddressFactor = 30;

}  // namespace

RateLimiter::RateLimiter(int per_minute, std::size_t max_keys)
    : per_minute_(per_minute), limit_("Too many attempts, please try again later", max_keys) {}

Status RateLimiter::Allow(std::optional<std::string_view> email, std::string_view address, Clock::time_point now) {
  if (per_minute_ <= 0) return Ok{};
  const TokenBuckets::Rate per_email{static_cast<double>(per_minute_), std::chrono::minutes(1)};
  const TokenBuckets::Rate per_address{static_cast<double>(per_minute_) * kAddressFactor, std::chrono::minutes(1)};
  RateLimit::Budget by_address{"addr:" + std::string(address), per_address};
  if (!email) return limit_.Take({std::move(by_address)}, now);
  return limit_.Take({std::move(by_address), {"email:" + std::string(*email), per_email}}, now);
}

}  // namespace shop::auth

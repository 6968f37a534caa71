#include "orders/order_limiter.hpp"

#include <string>

namespace shop::orders {

OrderLimiter::OrderLimiter(int per_hour, std::size_t max_users) : per_hour_(per_hour), buckets_(max_users) {}

Status OrderLimiter::Allow(std::int64_t user_id, Clock::time_point now) {
  if (per_hour_ == 0) return Ok{};
  const TokenBuckets::Rate rate{static_cast<double>(per_hour_), std::chrono::hours(1)};
  std::lock_guard lock(mutex_);
  double& tokens = buckets_.Tokens(std::to_string(user_id), rate, now);
  if (tokens < 1) {
    Error error = MakeError(Errc::kTooManyRequests, "Too many orders and cancellations, please try again later");
    error.retry_after_seconds = TokenBuckets::SecondsUntilOne(tokens, rate);
    return error;
  }
  tokens -= 1;
  return Ok{};
}

}  // namespace shop::orders

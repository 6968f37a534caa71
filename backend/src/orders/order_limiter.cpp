#include "orders/order_limiter.hpp"

#include <algorithm>
#include <cmath>

namespace shop::orders {

OrderLimiter::OrderLimiter(int per_hour, std::size_t max_users) : per_hour_(per_hour), max_users_(max_users) {}

double OrderLimiter::Refilled(const Bucket& bucket, Clock::time_point now) const {
  const double seconds = std::chrono::duration<double>(now - bucket.updated).count();
  return std::min<double>(per_hour_, bucket.tokens + seconds * per_hour_ / 3600.0);
}

void OrderLimiter::ForgetFullLocked(Clock::time_point now) {
  std::erase_if(buckets_, [&](const auto& entry) { return Refilled(entry.second, now) >= per_hour_; });
  if (buckets_.size() >= max_users_) buckets_.clear();
}

Status OrderLimiter::Allow(std::int64_t user_id, Clock::time_point now) {
  if (per_hour_ == 0) return Ok{};
  std::lock_guard lock(mutex_);
  auto found = buckets_.find(user_id);
  if (found == buckets_.end()) {
    if (buckets_.size() >= max_users_) ForgetFullLocked(now);
    found = buckets_.emplace(user_id, Bucket{static_cast<double>(per_hour_), now}).first;
  }
  Bucket& bucket = found->second;
  bucket.tokens = Refilled(bucket, now);
  bucket.updated = now;
  if (bucket.tokens < 1) {
    Error error = MakeError(Errc::kTooManyRequests, "Too many orders and cancellations, please try again later");
    error.retry_after_seconds = std::max(1, static_cast<int>(std::ceil((1 - bucket.tokens) * 3600.0 / per_hour_)));
    return error;
  }
  bucket.tokens -= 1;
  return Ok{};
}

}  // namespace shop::orders

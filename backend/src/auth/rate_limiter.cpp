#include "auth/rate_limiter.hpp"

#include <algorithm>
#include <cmath>

namespace shop::auth {
namespace {

constexpr int kAddressFactor = 30;
constexpr double kWindowSeconds = 60.0;

}  // namespace

RateLimiter::RateLimiter(int per_minute, std::size_t max_keys)
    : per_minute_(per_minute), max_keys_(std::max<std::size_t>(max_keys, 2)) {}

std::size_t RateLimiter::size() const {
  std::lock_guard lock(mutex_);
  return index_.size();
}

RateLimiter::Bucket& RateLimiter::Touch(const std::string& key, double capacity, Clock::time_point now) {
  if (auto found = index_.find(key); found != index_.end()) {
    buckets_.splice(buckets_.begin(), buckets_, found->second);
    Bucket& bucket = buckets_.front();
    const double elapsed = std::chrono::duration<double>(now - bucket.updated).count();
    bucket.tokens = std::min(capacity, bucket.tokens + std::max(0.0, elapsed) * capacity / kWindowSeconds);
    bucket.updated = now;
    return bucket;
  }
  if (index_.size() >= max_keys_) {
    index_.erase(buckets_.back().key);
    buckets_.pop_back();
  }
  buckets_.push_front(Bucket{key, capacity, now});
  index_[key] = buckets_.begin();
  return buckets_.front();
}

int RateLimiter::SecondsUntilNext(const Bucket& bucket, double capacity) {
  const double missing = 1.0 - bucket.tokens;
  // The epsilon keeps rounding noise (20.000000001 s) from adding a whole second.
  return std::max(1, static_cast<int>(std::ceil(missing * kWindowSeconds / capacity - 1e-6)));
}

Status RateLimiter::Allow(std::optional<std::string_view> email, std::string_view address, Clock::time_point now) {
  if (per_minute_ <= 0) return Ok{};
  const double email_capacity = per_minute_;
  const double address_capacity = static_cast<double>(per_minute_) * kAddressFactor;

  std::lock_guard lock(mutex_);
  Bucket& by_address = Touch("addr:" + std::string(address), address_capacity, now);
  Bucket* by_email = email ? &Touch("email:" + std::string(*email), email_capacity, now) : nullptr;

  int retry_after = 0;
  if (by_address.tokens < 1.0) retry_after = SecondsUntilNext(by_address, address_capacity);
  if (by_email != nullptr && by_email->tokens < 1.0) {
    retry_after = std::max(retry_after, SecondsUntilNext(*by_email, email_capacity));
  }
  if (retry_after > 0) {
    Error error = MakeError(Errc::kTooManyRequests, "Too many attempts, please try again later");
    error.retry_after_seconds = retry_after;
    return error;
  }
  by_address.tokens -= 1.0;
  if (by_email != nullptr) by_email->tokens -= 1.0;
  return Ok{};
}

}  // namespace shop::auth

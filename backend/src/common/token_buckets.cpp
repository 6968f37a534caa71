#include "common/token_buckets.hpp"

#include <algorithm>
#include <cmath>

namespace shop {

TokenBuckets::TokenBuckets(std::size_t max_keys) : max_keys_(std::max<std::size_t>(max_keys, 2)) {}

double& TokenBuckets::Tokens(const std::string& key, Rate rate, Clock::time_point now) {
  if (auto found = index_.find(key); found != index_.end()) {
    buckets_.splice(buckets_.begin(), buckets_, found->second);
    Bucket& bucket = buckets_.front();
    const double elapsed = std::max(0.0, std::chrono::duration<double>(now - bucket.updated).count());
    const double period = std::chrono::duration<double>(rate.period).count();
    bucket.tokens = std::min(rate.capacity, bucket.tokens + elapsed * rate.capacity / period);
    bucket.updated = now;
    return bucket.tokens;
  }
  if (index_.size() >= max_keys_) {
    index_.erase(buckets_.back().key);
    buckets_.pop_back();
  }
  buckets_.push_front(Bucket{key, rate.capacity, now});
  index_[key] = buckets_.begin();
  return buckets_.front().tokens;
}

int TokenBuckets::SecondsUntilOne(double tokens, Rate rate) {
  const double period = std::chrono::duration<double>(rate.period).count();
  // The epsilon keeps rounding noise (20.000000001 s) from adding a whole second.
  return std::max(1, static_cast<int>(std::ceil((1.0 - tokens) * period / rate.capacity - 1e-6)));
}

}  // namespace shop

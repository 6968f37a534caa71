// The per-customer limit on checkouts and cancellations: each one mails the customer, so an
// account ordering and cancelling in a loop must not turn the shop into a mail cannon. Token
// buckets per user id (common/token_buckets), in-process and in bounded memory.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <mutex>

#include "common/errors.hpp"
#include "common/token_buckets.hpp"

namespace shop::orders {

class OrderLimiter {
 public:
  using Clock = TokenBuckets::Clock;

  // `per_hour` actions per user, refilled evenly over the hour; 0 turns the limit off. At most
  // `max_users` buckets are kept: past that, the least recently seen user is forgotten (and
  // starts again with a full allowance, all that user could have refilled to).
  explicit OrderLimiter(int per_hour, std::size_t max_users = 100'000);

  // Takes one action from the user's allowance: a 429 with Retry-After (whole seconds until one
  // is allowed again) when it is used up; a refused action takes nothing.
  Status Allow(std::int64_t user_id, Clock::time_point now = Clock::now());

 private:
  const int per_hour_;
  std::mutex mutex_;
  TokenBuckets buckets_;
};

}  // namespace shop::orders

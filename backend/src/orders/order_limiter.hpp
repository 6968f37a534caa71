// The per-customer limit on checkouts and cancellations: each one mails the customer, so an
// account ordering and cancelling in a loop must not turn the shop into a mail cannon. Token
// buckets per user id, in-process and in bounded memory.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <unordered_map>

#include "common/errors.hpp"

namespace shop::orders {

class OrderLimiter {
 public:
  using Clock = std::chrono::steady_clock;

  // `per_hour` actions per user, refilled evenly over the hour; 0 turns the limit off. At most
  // `max_users` buckets are kept: past that, the buckets that have refilled are forgotten (a
  // forgotten user starts with a full allowance, which is what a full bucket holds anyway).
  explicit OrderLimiter(int per_hour, std::size_t max_users = 100'000);

  // Takes one action from the user's allowance: a 429 with Retry-After (whole seconds until one
  // is allowed again) when it is used up; a refused action takes nothing.
  Status Allow(std::int64_t user_id, Clock::time_point now = Clock::now());

 private:
  struct Bucket {
    double tokens = 0;
    Clock::time_point updated;
  };
  // Forgets every bucket that has refilled by `now`; all of them when none has.
  void ForgetFullLocked(Clock::time_point now);
  double Refilled(const Bucket& bucket, Clock::time_point now) const;

  const int per_hour_;
  const std::size_t max_users_;
  std::mutex mutex_;
  std::unordered_map<std::int64_t, Bucket> buckets_;
};

}  // namespace shop::orders

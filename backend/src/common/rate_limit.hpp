// A rate limit by key, in process and in bounded memory: token buckets (common/token_buckets)
// under a lock. One call takes one unit from each budget it names, or from none of them.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <mutex>
#include <string>

#include "common/errors.hpp"
#include "common/token_buckets.hpp"

namespace shop {

class RateLimit {
 public:
  using Clock = TokenBuckets::Clock;
  struct Budget {
    std::string key;
    TokenBuckets::Rate rate;
  };

  // `refusal` is the message of the 429. At most `max_keys` buckets are kept (see TokenBuckets).
  explicit RateLimit(std::string refusal, std::size_t max_keys = 100'000)
      : refusal_(std::move(refusal)), buckets_(max_keys) {}

  // Takes one unit from each of `budgets` (one or two). When any is used up: a 429 with
  // Retry-After (whole seconds until all of them allow one again), and nothing is taken.
  Status Take(std::initializer_list<Budget> budgets, Clock::time_point now = Clock::now());

  // How many keys are remembered now.
  std::size_t size() const;

 private:
  const std::string refusal_;
  mutable std::mutex mutex_;
  TokenBuckets buckets_;
};

}  // namespace shop

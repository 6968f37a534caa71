// The limit on authentication attempts (login, register, forgot-password, resend-verification):
// in-process token buckets per email and per client address, in bounded memory.
#pragma once

#include <chrono>
#include <cstddef>
#include <list>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "common/errors.hpp"

namespace shop::auth {

class RateLimiter {
 public:
  using Clock = std::chrono::steady_clock;

  // `per_minute` attempts per minute per email and 30 times that per client address; 0 turns the
  // limit off. At most `max_keys` emails and addresses are remembered; the least recently seen go
  // first, and a key seen again after a minute of silence starts with a full allowance anyway.
  explicit RateLimiter(int per_minute, std::size_t max_keys = 100'000);

  // Takes one attempt from the allowance of `email` (when given) and of `address`. A 429 with
  // Retry-After (whole seconds until an attempt is allowed again) when either is used up; a
  // refused attempt takes nothing.
  Status Allow(std::optional<std::string_view> email, std::string_view address, Clock::time_point now = Clock::now());

  // How many keys are remembered now.
  std::size_t size() const;

 private:
  struct Bucket {
    std::string key;
    double tokens = 0;
    Clock::time_point updated;
  };
  using Buckets = std::list<Bucket>;

  // The bucket of `key` with its tokens refilled up to `now`, moved to the front of the list.
  Bucket& Touch(const std::string& key, double capacity, Clock::time_point now);
  // Seconds until `bucket` holds one token again.
  static int SecondsUntilNext(const Bucket& bucket, double capacity);

  const int per_minute_;
  const std::size_t max_keys_;
  mutable std::mutex mutex_;
  Buckets buckets_;  // most recently used first
  std::unordered_map<std::string, Buckets::iterator> index_;
};

}  // namespace shop::auth

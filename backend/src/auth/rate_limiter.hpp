// The limit on authentication attempts (login, register, forgot-password, resend-verification):
// per email and per client address (common/rate_limit).
#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "common/errors.hpp"
#include "common/rate_limit.hpp"

namespace shop::auth {

class RateLimiter {
 public:
  using Clock = RateLimit::Clock;

  // `per_minute` attempts per minute per email and 30 times that per client address; 0 turns the
  // limit off. At most `max_keys` emails and addresses are remembered; the least recently seen go
  // first, and a key seen again after a minute of silence starts with a full allowance anyway.
  explicit RateLimiter(int per_minute, std::size_t max_keys = 100'000);

  // Takes one attempt from the allowance of `email` (when given) and of `address`. A 429 with
  // Retry-After (whole seconds until an attempt is allowed again) when either is used up; a
  // refused attempt takes nothing.
  Status Allow(std::optional<std::string_view> email, std::string_view address, Clock::time_point now = Clock::now());

  // How many keys are remembered now.
  std::size_t size() const { return limit_.size(); }

 private:
  const int per_minute_;
  RateLimit limit_;
};

}  // namespace shop::auth

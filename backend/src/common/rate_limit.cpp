#include "common/rate_limit.hpp"

#include <algorithm>
#include <array>
#include <cassert>

namespace shop {

Status RateLimit::Take(std::initializer_list<Budget> budgets, Clock::time_point now) {
  assert(budgets.size() <= 2);  // TokenBuckets keeps the references of the last two alive
  std::array<double*, 2> tokens{};
  std::lock_guard lock(mutex_);
  int retry_after = 0;
  std::size_t count = 0;
  for (const auto& budget : budgets) {
    double& held = buckets_.Tokens(budget.key, budget.rate, now);
    if (held < 1.0) retry_after = std::max(retry_after, TokenBuckets::SecondsUntilOne(held, budget.rate));
    tokens.at(count++) = &held;
  }
  if (retry_after > 0) {
    Error error = MakeError(Errc::kTooManyRequests, refusal_);
    error.retry_after_seconds = retry_after;
    return error;
  }
  for (std::size_t i = 0; i < count; ++i) *tokens.at(i) -= 1.0;
  return Ok{};
}

std::size_t RateLimit::size() const {
  std::lock_guard lock(mutex_);
  return buckets_.size();
}

}  // namespace shop

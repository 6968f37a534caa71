// The per-customer limit on checkouts and cancellations.
#include "orders/order_limiter.hpp"

#include <gtest/gtest.h>

namespace shop::orders {
namespace {

using namespace std::chrono_literals;

TEST(OrderLimiter, AllowsTheHourlyAllowanceThen429WithRetryAfter) {
  OrderLimiter limiter(3);
  const auto now = OrderLimiter::Clock::now();
  for (int i = 0; i < 3; ++i) EXPECT_TRUE(limiter.Allow(7, now)) << i;
  const auto refused = limiter.Allow(7, now);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, Errc::kTooManyRequests);
  EXPECT_EQ(refused.error().retry_after_seconds, 1200);  // one action every 20 minutes
  EXPECT_TRUE(limiter.Allow(8, now));                    // another customer has an allowance of their own
}

TEST(OrderLimiter, RefillsEvenlyOverTheHour) {
  OrderLimiter limiter(2);
  const auto now = OrderLimiter::Clock::now();
  EXPECT_TRUE(limiter.Allow(1, now));
  EXPECT_TRUE(limiter.Allow(1, now));
  EXPECT_FALSE(limiter.Allow(1, now + 29min));
  EXPECT_TRUE(limiter.Allow(1, now + 30min));
  EXPECT_FALSE(limiter.Allow(1, now + 31min));
}

TEST(OrderLimiter, ARefusedActionTakesNothing) {
  OrderLimiter limiter(1);
  const auto now = OrderLimiter::Clock::now();
  EXPECT_TRUE(limiter.Allow(1, now));
  for (int i = 0; i < 10; ++i) EXPECT_FALSE(limiter.Allow(1, now + 1min));
  EXPECT_TRUE(limiter.Allow(1, now + 61min));
}

TEST(OrderLimiter, ZeroTurnsItOff) {
  OrderLimiter limiter(0);
  for (int i = 0; i < 1000; ++i) EXPECT_TRUE(limiter.Allow(1));
}

TEST(OrderLimiter, ForgettingUsersNeverGivesAnyoneMoreThanAFullAllowance) {
  OrderLimiter limiter(1, 2);
  const auto now = OrderLimiter::Clock::now();
  EXPECT_TRUE(limiter.Allow(1, now));
  EXPECT_TRUE(limiter.Allow(2, now));
  EXPECT_TRUE(limiter.Allow(3, now));  // the table was full of empty buckets: all forgotten
  EXPECT_FALSE(limiter.Allow(3, now));
}

}  // namespace
}  // namespace shop::orders

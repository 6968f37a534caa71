#include "auth/rate_limiter.hpp"

#include <gtest/gtest.h>

namespace shop::auth {
namespace {

using std::chrono::seconds;
const RateLimiter::Clock::time_point kStart{};

TEST(RateLimiter, AllowsTheRatePerEmailThenAnswers429WithRetryAfter) {
  RateLimiter limiter(3);
  for (int i = 0; i < 3; ++i) EXPECT_TRUE(limiter.Allow("a@example.com", "10.0.0.1", kStart)) << i;
  auto refused = limiter.Allow("a@example.com", "10.0.0.1", kStart);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, Errc::kTooManyRequests);
  EXPECT_EQ(refused.error().retry_after_seconds, 20) << "one attempt comes back every 20 s at 3 per minute";
  EXPECT_TRUE(limiter.Allow("b@example.com", "10.0.0.1", kStart)) << "another email has its own allowance";
}

TEST(RateLimiter, RefillsOverTheMinute) {
  RateLimiter limiter(2);
  EXPECT_TRUE(limiter.Allow("a@example.com", "10.0.0.1", kStart));
  EXPECT_TRUE(limiter.Allow("a@example.com", "10.0.0.1", kStart));
  auto refused = limiter.Allow("a@example.com", "10.0.0.1", kStart + seconds(10));
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().retry_after_seconds, 20);
  EXPECT_TRUE(limiter.Allow("a@example.com", "10.0.0.1", kStart + seconds(30)));
  EXPECT_FALSE(limiter.Allow("a@example.com", "10.0.0.1", kStart + seconds(31)));
  EXPECT_TRUE(limiter.Allow("a@example.com", "10.0.0.1", kStart + seconds(600)));
}

TEST(RateLimiter, AllowsThirtyTimesTheRatePerClientAddress) {
  RateLimiter limiter(2);
  for (int i = 0; i < 60; ++i) {
    ASSERT_TRUE(limiter.Allow("user" + std::to_string(i) + "@example.com", "10.0.0.1", kStart)) << i;
  }
  auto refused = limiter.Allow("fresh@example.com", "10.0.0.1", kStart);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().retry_after_seconds, 1);
  EXPECT_TRUE(limiter.Allow("fresh@example.com", "10.0.0.2", kStart)) << "another address";
  EXPECT_FALSE(limiter.Allow(std::nullopt, "10.0.0.1", kStart)) << "requests without an email count per address";
}

TEST(RateLimiter, ARefusedAttemptTakesNothing) {
  RateLimiter limiter(1);
  EXPECT_TRUE(limiter.Allow("a@example.com", "10.0.0.1", kStart));
  for (int i = 0; i < 100; ++i) EXPECT_FALSE(limiter.Allow("a@example.com", "10.0.0.1", kStart));
  // 100 refusals used none of the address's 30 attempts.
  for (int i = 0; i < 29; ++i) EXPECT_TRUE(limiter.Allow("u" + std::to_string(i) + "@example.com", "10.0.0.1", kStart));
}

TEST(RateLimiter, ZeroTurnsItOff) {
  RateLimiter limiter(0);
  for (int i = 0; i < 1000; ++i) ASSERT_TRUE(limiter.Allow("a@example.com", "10.0.0.1", kStart));
  EXPECT_EQ(limiter.size(), 0u);
}

TEST(RateLimiter, RemembersABoundedNumberOfKeys) {
  RateLimiter limiter(5, 100);
  for (int i = 0; i < 10'000; ++i) {
    (void)limiter.Allow("user" + std::to_string(i) + "@example.com", "10.0." + std::to_string(i % 250) + ".1",
                        kStart + seconds(i));
  }
  EXPECT_LE(limiter.size(), 100u);
  // The most recent keys are still limited.
  for (int i = 0; i < 4; ++i) (void)limiter.Allow("user9999@example.com", "10.0.9.9", kStart + seconds(10'000));
  EXPECT_FALSE(limiter.Allow("user9999@example.com", "10.0.9.9", kStart + seconds(10'000)));
}

}  // namespace
}  // namespace shop::auth

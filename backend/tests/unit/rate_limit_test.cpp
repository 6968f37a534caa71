// The rate limit by key behind the limits on sign-in attempts and on checkouts and cancellations.
#include "common/rate_limit.hpp"

#include <gtest/gtest.h>

namespace shop {
namespace {

using namespace std::chrono_literals;

const TokenBuckets::Rate kThreePerHour{3, std::chrono::hours(1)};
const TokenBuckets::Rate kTwoPerHour{2, std::chrono::hours(1)};
const TokenBuckets::Rate kOnePerHour{1, std::chrono::hours(1)};

TEST(RateLimit, AllowsTheAllowanceThen429WithRetryAfterAndItsMessage) {
  RateLimit limit("Too many orders");
  const auto now = RateLimit::Clock::now();
  for (int i = 0; i < 3; ++i) EXPECT_TRUE(limit.Take({{"7", kThreePerHour}}, now)) << i;
  const auto refused = limit.Take({{"7", kThreePerHour}}, now);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, Errc::kTooManyRequests);
  EXPECT_EQ(refused.error().detail, "Too many orders");
  EXPECT_EQ(refused.error().retry_after_seconds, 1200);  // one comes back every 20 minutes
  EXPECT_TRUE(limit.Take({{"8", kThreePerHour}}, now));  // another key has an allowance of its own
}

TEST(RateLimit, RefillsEvenlyOverThePeriod) {
  RateLimit limit("refused");
  const auto now = RateLimit::Clock::now();
  EXPECT_TRUE(limit.Take({{"1", kTwoPerHour}}, now));
  EXPECT_TRUE(limit.Take({{"1", kTwoPerHour}}, now));
  EXPECT_FALSE(limit.Take({{"1", kTwoPerHour}}, now + 29min));
  EXPECT_TRUE(limit.Take({{"1", kTwoPerHour}}, now + 30min));
  EXPECT_FALSE(limit.Take({{"1", kTwoPerHour}}, now + 31min));
}

TEST(RateLimit, ARefusedCallTakesNothing) {
  RateLimit limit("refused");
  const auto now = RateLimit::Clock::now();
  EXPECT_TRUE(limit.Take({{"1", kOnePerHour}}, now));
  for (int i = 0; i < 10; ++i) EXPECT_FALSE(limit.Take({{"1", kOnePerHour}}, now + 1min));
  EXPECT_TRUE(limit.Take({{"1", kOnePerHour}}, now + 61min));
}

TEST(RateLimit, TakesFromEveryBudgetOrFromNone) {
  RateLimit limit("refused");
  const auto now = RateLimit::Clock::now();
  EXPECT_TRUE(limit.Take({{"address", kTwoPerHour}, {"email", kOnePerHour}}, now));
  // The email's budget is used up: the call is refused, and the address keeps its last unit.
  const auto refused = limit.Take({{"address", kTwoPerHour}, {"email", kOnePerHour}}, now);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().retry_after_seconds, 3600);  // the longer of the two waits
  EXPECT_TRUE(limit.Take({{"address", kTwoPerHour}}, now));
  EXPECT_FALSE(limit.Take({{"address", kTwoPerHour}}, now));
}

TEST(RateLimit, ForgettingKeysNeverGivesAnyoneMoreThanAFullAllowance) {
  RateLimit limit("refused", 2);
  const auto now = RateLimit::Clock::now();
  EXPECT_TRUE(limit.Take({{"1", kOnePerHour}}, now));
  EXPECT_TRUE(limit.Take({{"2", kOnePerHour}}, now));
  EXPECT_TRUE(limit.Take({{"3", kOnePerHour}}, now));  // the table was full of empty buckets: one forgotten
  EXPECT_FALSE(limit.Take({{"3", kOnePerHour}}, now));
  EXPECT_EQ(limit.size(), 2U);
}

}  // namespace
}  // namespace shop

#include "common/money.hpp"

#include <gtest/gtest.h>

#include <limits>

namespace shop {
namespace {

TEST(Money, ParsesTwoDecimalNumbersExactly) {
  EXPECT_EQ(Money::FromDouble(19.99)->cents(), 1999);
  EXPECT_EQ(Money::FromDouble(0.1)->cents(), 10);
  EXPECT_EQ(Money::FromDouble(1234567.89)->cents(), 123456789);
  EXPECT_EQ(Money::FromDouble(0)->cents(), 0);
}

TEST(Money, RejectsThirdDecimalNegativeAndNonFinite) {
  EXPECT_FALSE(Money::FromDouble(19.999));
  EXPECT_FALSE(Money::FromDouble(0.001));
  EXPECT_FALSE(Money::FromDouble(-1));
  EXPECT_FALSE(Money::FromDouble(std::numeric_limits<double>::quiet_NaN()));
  EXPECT_FALSE(Money::FromDouble(std::numeric_limits<double>::infinity()));
  EXPECT_FALSE(Money::FromDouble(1e12));
}

TEST(Money, ParsesDatabaseNumericText) {
  EXPECT_EQ(Money::Parse("19.99")->cents(), 1999);
  EXPECT_EQ(Money::Parse("5")->cents(), 500);
  EXPECT_EQ(Money::Parse("0.5")->cents(), 50);
  EXPECT_EQ(Money::Parse("-3.10")->cents(), -310);
  EXPECT_EQ(Money::Parse("12.500")->cents(), 1250);
  EXPECT_FALSE(Money::Parse("12.345"));
  EXPECT_FALSE(Money::Parse("abc"));
  EXPECT_FALSE(Money::Parse(""));
  EXPECT_FALSE(Money::Parse("1."));
  EXPECT_FALSE(Money::Parse(".5"));
}

TEST(Money, FormatsAsDecimalText) {
  EXPECT_EQ(Money::FromCents(1999).ToString(), "19.99");
  EXPECT_EQ(Money::FromCents(5).ToString(), "0.05");
  EXPECT_EQ(Money::FromCents(-50).ToString(), "-0.50");
  EXPECT_EQ(Money::FromCents(100000).ToString(), "1000.00");
}

TEST(Money, AddsAndMultipliesInCents) {
  // 0.1 + 0.2 is exactly 0.30 here, unlike binary floating point.
  EXPECT_EQ((Money::FromCents(10) + Money::FromCents(20)).ToString(), "0.30");
  EXPECT_EQ((Money::FromCents(1999) * 3).cents(), 5997);
  EXPECT_DOUBLE_EQ(Money::FromCents(1999).ToDouble(), 19.99);
}

}  // namespace
}  // namespace shop

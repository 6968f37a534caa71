// What a discount code takes off and when it may be used: rounding, the order of the reasons, the
// sentences the customer reads, and a cart with a code on it.
#include "discounts/discounts.hpp"

#include <gtest/gtest.h>

#include "cart/cart.hpp"

namespace shop::discounts {
namespace {

using datetime::ParseIsoDateTime;

Money Cents(std::int64_t cents) { return Money::FromCents(cents); }

DiscountCode Percent(std::int64_t percent_cents) {
  DiscountCode code;
  code.code = "SAVE";
  code.kind = Kind::kPercentage;
  code.value = Cents(percent_cents);
  return code;
}

DiscountCode Fixed(std::int64_t cents) {
  DiscountCode code;
  code.code = "FIVE";
  code.kind = Kind::kFixed;
  code.value = Cents(cents);
  return code;
}

const datetime::Time kNow = *ParseIsoDateTime("2026-12-07T12:00:00Z");

TEST(DiscountAmount, APercentageIsRoundedHalfUpToTheCent) {
  EXPECT_EQ(AmountOff(Percent(1500), Cents(3333)), Cents(500));  // 4.9995
  EXPECT_EQ(AmountOff(Percent(1000), Cents(5)), Cents(1));       // 0.005
  EXPECT_EQ(AmountOff(Percent(1000), Cents(4)), Cents(0));       // 0.004
  EXPECT_EQ(AmountOff(Percent(1250), Cents(1999)), Cents(250));  // 2.49875
  EXPECT_EQ(AmountOff(Percent(10000), Cents(1234)), Cents(1234));
  EXPECT_EQ(AmountOff(Percent(1000), Money()), Money());
}

TEST(DiscountAmount, AFixedAmountIsNeverMoreThanTheSubtotal) {
  EXPECT_EQ(AmountOff(Fixed(500), Cents(2000)), Cents(500));
  EXPECT_EQ(AmountOff(Fixed(500), Cents(300)), Cents(300));
}

TEST(DiscountCheck, AnOpenCodeMayBeUsed) { EXPECT_EQ(Check(Percent(1000), Cents(100), kNow, false), std::nullopt); }

TEST(DiscountCheck, EachRuleRefusesWithItsOwnReason) {
  auto inactive = Percent(1000);
  inactive.is_active = false;
  EXPECT_EQ(Check(inactive, Cents(100), kNow, false), Refusal::kInvalid);

  auto later = Percent(1000);
  later.starts_at = kNow + std::chrono::seconds(1);
  EXPECT_EQ(Check(later, Cents(100), kNow, false), Refusal::kNotStarted);
  later.starts_at = kNow;
  EXPECT_EQ(Check(later, Cents(100), kNow, false), std::nullopt) << "from its start on";

  auto ended = Percent(1000);
  ended.ends_at = kNow;
  EXPECT_EQ(Check(ended, Cents(100), kNow, false), Refusal::kExpired) << "not at its end";
  ended.ends_at = kNow + std::chrono::seconds(1);
  EXPECT_EQ(Check(ended, Cents(100), kNow, false), std::nullopt);

  auto limited = Percent(1000);
  limited.usage_limit = 3;
  limited.times_used = 3;
  EXPECT_EQ(Check(limited, Cents(100), kNow, false), Refusal::kUsedUp);
  limited.times_used = 2;
  EXPECT_EQ(Check(limited, Cents(100), kNow, false), std::nullopt);

  auto once = Percent(1000);
  EXPECT_EQ(Check(once, Cents(100), kNow, true), std::nullopt) << "used before, but not one per customer";
  once.once_per_customer = true;
  EXPECT_EQ(Check(once, Cents(100), kNow, true), Refusal::kAlreadyUsed);

  auto minimum = Percent(1000);
  minimum.min_subtotal = Cents(5000);
  EXPECT_EQ(Check(minimum, Cents(4999), kNow, false), Refusal::kBelowMinimum);
  EXPECT_EQ(Check(minimum, Cents(5000), kNow, false), std::nullopt);
}

TEST(DiscountCheck, ASwitchedOffCodeSaysOnlyThatItIsNotValid) {
  auto code = Percent(1000);
  code.is_active = false;
  code.ends_at = kNow - std::chrono::hours(1);
  code.min_subtotal = Cents(999'999);
  EXPECT_EQ(Check(code, Cents(100), kNow, false), Refusal::kInvalid);
}

TEST(DiscountRefusals, EachHasItsTypeAndSentence) {
  auto code = Percent(1000);
  code.starts_at = ParseIsoDateTime("2027-01-15T08:00:00Z");
  code.ends_at = ParseIsoDateTime("2027-02-01T00:00:00Z");
  code.min_subtotal = Cents(5000);
  EXPECT_EQ(TypeOf(Refusal::kInvalid), "discount_invalid");
  EXPECT_EQ(TypeOf(Refusal::kNotStarted), "discount_not_started");
  EXPECT_EQ(TypeOf(Refusal::kExpired), "discount_expired");
  EXPECT_EQ(TypeOf(Refusal::kUsedUp), "discount_used_up");
  EXPECT_EQ(TypeOf(Refusal::kAlreadyUsed), "discount_already_used");
  EXPECT_EQ(TypeOf(Refusal::kBelowMinimum), "discount_below_minimum");
  EXPECT_EQ(Explain(Refusal::kInvalid, code), "This discount code is not valid.");
  EXPECT_EQ(Explain(Refusal::kNotStarted, code), "This discount code can be used from 2027-01-15.");
  EXPECT_EQ(Explain(Refusal::kExpired, code), "This discount code expired on 2027-02-01.");
  EXPECT_EQ(Explain(Refusal::kUsedUp, code), "This discount code has been used up.");
  EXPECT_EQ(Explain(Refusal::kAlreadyUsed, code), "You have already used this discount code.");
  EXPECT_EQ(Explain(Refusal::kBelowMinimum, code), "This discount code needs a subtotal of at least $50.00.");
}

TEST(DiscountCodeText, IsShortLettersDigitsAndDashesStoredInCapitals) {
  EXPECT_TRUE(IsValidCode("save-10_x"));
  EXPECT_FALSE(IsValidCode("AB"));
  EXPECT_FALSE(IsValidCode(std::string(33, 'A')));
  EXPECT_FALSE(IsValidCode("SAVE 10"));
  EXPECT_FALSE(IsValidCode("ÉTÉ10"));
  EXPECT_EQ(NormalizeCode("save-10_x"), "SAVE-10_X");
}

TEST(CartWithCode, TheAmountAndTotalFollowWhetherTheCodeApplies) {
  cart::CartItem item;
  item.product.price = Cents(2000);
  item.quantity = 2;
  auto code = Fixed(500);
  code.min_subtotal = Cents(3000);

  const auto applies = cart::CartWith({item}, CustomerCode{code, false}, kNow);
  EXPECT_EQ(applies.discount_amount(), Cents(500));
  EXPECT_EQ(applies.total(), Cents(3500));
  const auto json = nlohmann::json::parse(cart::CartJson(applies));
  EXPECT_EQ(json["discount"], nlohmann::json({{"applicable", true},
                                              {"code", "FIVE"},
                                              {"kind", "fixed"},
                                              {"min_subtotal", 30.0},
                                              {"reason", nullptr},
                                              {"value", 5.0}}));
  EXPECT_EQ(json["discount_amount"], 5.0);
  EXPECT_EQ(json["total"], 35.0);

  item.quantity = 1;
  const auto short_of_minimum = cart::CartWith({item}, CustomerCode{code, false}, kNow);
  EXPECT_EQ(short_of_minimum.discount_amount(), Money());
  EXPECT_EQ(short_of_minimum.total(), Cents(2000));
  const auto refused = nlohmann::json::parse(cart::CartJson(short_of_minimum))["discount"];
  EXPECT_FALSE(refused["applicable"]);
  EXPECT_EQ(refused["reason"], "This discount code needs a subtotal of at least $30.00.");

  EXPECT_FALSE(cart::CartWith({item}, std::nullopt, kNow).discount.has_value());
}

}  // namespace
}  // namespace shop::discounts

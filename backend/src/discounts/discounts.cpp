#include "discounts/discounts.hpp"

#include <algorithm>
#include <array>

#include "http/json_or_null.hpp"

namespace shop::discounts {
namespace {

constexpr std::array<std::string_view, 2> kKindNames = {"percentage", "fixed"};
// In the order of Refusal.
constexpr auto kRefusalTypes =
    std::to_array<std::string_view>({"discount_invalid", "discount_not_started", "discount_expired", "discount_used_up",
                                     "discount_already_used", "discount_below_minimum"});
static_assert(kRefusalTypes.size() == static_cast<std::size_t>(Refusal::kBelowMinimum) + 1);

std::string Dollars(Money amount) { return "$" + amount.ToString(); }

std::string Day(datetime::Time time) { return datetime::FormatIsoUtc(time).substr(0, 10); }

std::optional<datetime::Time> OptTime(const db::Row& row, const char* column) {
  if (row.IsNull(column)) return std::nullopt;
  const auto time = datetime::ParseIsoDateTime(row.Timestamp(column));
  if (!time) throw db::BadValue(column);
  return time;
}

}  // namespace

std::string_view ToString(Kind kind) { return kKindNames.at(static_cast<std::size_t>(kind)); }

std::optional<Kind> ParseKind(std::string_view text) {
  for (std::size_t i = 0; i < kKindNames.size(); ++i) {
    if (kKindNames.at(i) == text) return static_cast<Kind>(i);
  }
  return std::nullopt;
}

bool IsValidCode(std::string_view code) {
  if (code.size() < 3 || code.size() > 32) return false;
  return std::all_of(code.begin(), code.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
  });
}

std::string NormalizeCode(std::string_view code) {
  std::string upper(code);
  std::transform(upper.begin(), upper.end(), upper.begin(),
                 [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; });
  return upper;
}

Money AmountOff(const DiscountRules& rules, Money subtotal) {
  if (rules.kind == Kind::kFixed) return std::min(rules.value, subtotal);
  // value is percent in cents (10 % is 1000): subtotal × value / 10 000, half up.
  const std::int64_t off = (subtotal.cents() * rules.value.cents() + 5'000) / 10'000;
  return std::min(Money::FromCents(off), subtotal);
}

std::string_view TypeOf(Refusal refusal) { return kRefusalTypes.at(static_cast<std::size_t>(refusal)); }

std::string Explain(Refusal refusal, const DiscountRules& rules) {
  switch (refusal) {
    case Refusal::kInvalid:
      return "This discount code is not valid.";
    case Refusal::kNotStarted:
      return "This discount code can be used from " + Day(*rules.starts_at) + ".";
    case Refusal::kExpired:
      return "This discount code expired on " + Day(*rules.ends_at) + ".";
    case Refusal::kUsedUp:
      return "This discount code has been used up.";
    case Refusal::kAlreadyUsed:
      return "You have already used this discount code.";
    case Refusal::kBelowMinimum:
      return "This discount code needs a subtotal of at least " + Dollars(*rules.min_subtotal) + ".";
  }
  return "This discount code is not valid.";
}

std::optional<Refusal> Check(const DiscountCode& code, Money subtotal, datetime::Time now, bool used_by_customer) {
  if (!code.is_active) return Refusal::kInvalid;
  if (code.starts_at && now < *code.starts_at) return Refusal::kNotStarted;
  if (code.ends_at && now >= *code.ends_at) return Refusal::kExpired;
  if (code.usage_limit && code.times_used >= *code.usage_limit) return Refusal::kUsedUp;
  if (code.once_per_customer && used_by_customer) return Refusal::kAlreadyUsed;
  if (code.min_subtotal && subtotal < *code.min_subtotal) return Refusal::kBelowMinimum;
  return std::nullopt;
}

DiscountCode DiscountCodeFromRow(const db::Row& row) {
  DiscountCode code{DiscountRules{.code = row.String("code"),
                                  .kind = row.Parsed("kind", ParseKind),
                                  .value = row.GetMoney("value"),
                                  .min_subtotal = row.OptMoney("min_subtotal"),
                                  .starts_at = OptTime(row, "starts_at"),
                                  .ends_at = OptTime(row, "ends_at"),
                                  .usage_limit = row.OptInt("usage_limit"),
                                  .once_per_customer = row.Bool("once_per_customer"),
                                  .is_active = row.Bool("is_active")}};
  code.id = row.Int("id");
  code.times_used = row.Int("times_used");
  code.created_at = row.Timestamp("created_at");
  code.updated_at = row.Timestamp("updated_at");
  return code;
}

nlohmann::json ToInputJson(const DiscountRules& rules) {
  return {{"code", rules.code},
          {"kind", ToString(rules.kind)},
          {"value", rules.value.ToDouble()},
          {"min_subtotal", http::OrNull(rules.min_subtotal)},
          {"starts_at", http::OrNull(rules.starts_at)},
          {"ends_at", http::OrNull(rules.ends_at)},
          {"usage_limit", http::OrNull(rules.usage_limit)},
          {"once_per_customer", rules.once_per_customer},
          {"is_active", rules.is_active}};
}

nlohmann::json ToJson(const DiscountCode& code) {
  nlohmann::json json = ToInputJson(code);
  json.update({{"id", code.id},
               {"times_used", code.times_used},
               {"discount_total", code.discount_total.ToDouble()},
               {"created_at", code.created_at},
               {"updated_at", code.updated_at}});
  return json;
}

}  // namespace shop::discounts

// Discount codes: what a code takes off a subtotal, and whether it may be used, with the reason
// when it may not (each reason has its error type and its sentence, written once, here).
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "common/datetime.hpp"
#include "common/money.hpp"
#include "db/connection.hpp"

namespace shop::discounts {

enum class Kind { kPercentage, kFixed };

std::string_view ToString(Kind kind);
std::optional<Kind> ParseKind(std::string_view text);

// What an admin sets of a code.
struct DiscountRules {
  std::string code;  // in capitals
  Kind kind = Kind::kPercentage;
  Money value;  // percent (10.00 is 10 %) or an amount
  std::optional<Money> min_subtotal;
  std::optional<datetime::Time> starts_at;
  std::optional<datetime::Time> ends_at;
  std::optional<std::int64_t> usage_limit;
  bool once_per_customer = false;
  bool is_active = true;
};

// A code as stored, with its use so far: orders not cancelled that used it, and what they were
// given off.
struct DiscountCode : DiscountRules {
  std::int64_t id = 0;
  std::int64_t times_used = 0;
  Money discount_total;
  std::string created_at;
  std::string updated_at;
};

// A code as a customer meets it: the code, and whether they have an order not cancelled with it.
struct CustomerCode {
  DiscountCode code;
  bool used_by_customer = false;
};

// A code is 3 to 32 letters, digits, '-' and '_'; matched whatever its case.
bool IsValidCode(std::string_view code);
// The code in capitals, as stored.
std::string NormalizeCode(std::string_view code);

// What the code takes off `subtotal`: value percent of it rounded half up to the cent, or the
// fixed amount, never more than the subtotal.
Money AmountOff(const DiscountRules& rules, Money subtotal);

// Why a code cannot be used.
enum class Refusal { kInvalid, kNotStarted, kExpired, kUsedUp, kAlreadyUsed, kBelowMinimum };

// The error type of a refusal: "discount_invalid", "discount_expired", ...
std::string_view TypeOf(Refusal refusal);
// The sentence that tells the customer why: "This discount code expired on 2026-11-30."
std::string Explain(Refusal refusal, const DiscountRules& rules);

// Whether `code` may be used `now` on a subtotal, by a customer who has (`used_by_customer`) an
// order not cancelled with it: nullopt when it may, else the first reason it may not, in the order
// of Refusal.
std::optional<Refusal> Check(const DiscountCode& code, Money subtotal, datetime::Time now, bool used_by_customer);

// The columns DiscountCodeFromRow reads from discount_codes, without the usage.
inline constexpr std::string_view kDiscountCodeColumns =
    "id, code, kind, value, min_subtotal, starts_at, ends_at, usage_limit, times_used, once_per_customer, is_active, "
    "created_at, updated_at";

// Reads kDiscountCodeColumns; discount_total stays zero (the store reads it where its statement
// selects it).
DiscountCode DiscountCodeFromRow(const db::Row& row);

// The DiscountCode object of docs/api.md.
nlohmann::json ToJson(const DiscountCode& code);
// The rules as a DiscountCodeInput body (what PUT merges the fields it is sent into).
nlohmann::json ToInputJson(const DiscountRules& rules);

}  // namespace shop::discounts

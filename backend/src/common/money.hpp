// Money as integer cents: parsing from API numbers and database NUMERIC text, and formatting.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace shop {

class Money {
 public:
  // The largest amount the shop accepts: 10 million in the currency's main unit.
  static constexpr std::int64_t kMaxCents = 1'000'000'000;

  constexpr Money() = default;
  static constexpr Money FromCents(std::int64_t cents) { return Money(cents); }

  // Parses a JSON number such as 19.99. Returns nullopt for NaN, infinities, negative values,
  // more than two decimals, or amounts above kMaxCents.
  static std::optional<Money> FromDouble(double amount);
  // Parses decimal text such as "19.99", "-3", "0.5" (the form PostgreSQL prints NUMERIC in).
  // Returns nullopt for anything else, including more than two decimals.
  static std::optional<Money> Parse(std::string_view text);

  constexpr std::int64_t cents() const { return cents_; }
  // "19.99", "-0.50": exact decimal text, suitable as a NUMERIC query parameter.
  std::string ToString() const;
  // The nearest double, for JSON output; cents/100 always prints back with at most 2 decimals.
  double ToDouble() const { return static_cast<double>(cents_) / 100.0; }

  constexpr Money operator+(Money other) const { return Money(cents_ + other.cents_); }
  constexpr Money operator-(Money other) const { return Money(cents_ - other.cents_); }
  constexpr Money operator*(std::int64_t factor) const { return Money(cents_ * factor); }
  Money& operator+=(Money other) {
    cents_ += other.cents_;
    return *this;
  }
  constexpr bool operator==(const Money&) const = default;
  constexpr std::strong_ordering operator<=>(const Money& other) const { return cents_ <=> other.cents_; }

 private:
  constexpr explicit Money(std::int64_t cents) : cents_(cents) {}
  std::int64_t cents_ = 0;
};

}  // namespace shop

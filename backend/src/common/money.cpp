#include "common/money.hpp"

#include <cmath>
#include <cstdlib>

namespace shop {

std::optional<Money> Money::FromDouble(double amount) {
  if (!std::isfinite(amount) || amount < 0) return std::nullopt;
  const double scaled = amount * 100.0;
  if (scaled > static_cast<double>(kMaxCents)) return std::nullopt;
  const double rounded = std::round(scaled);
  // 19.99 * 100 is 1998.9999999999998 in binary; anything farther off had a third decimal.
  if (std::fabs(scaled - rounded) > 1e-6) return std::nullopt;
  return Money(static_cast<std::int64_t>(rounded));
}

std::optional<Money> Money::Parse(std::string_view text) {
  bool negative = false;
  if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
    negative = text.front() == '-';
    text.remove_prefix(1);
  }
  if (text.empty()) return std::nullopt;
  std::int64_t units = 0;
  std::size_t i = 0;
  for (; i < text.size() && text[i] != '.'; ++i) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
    units = units * 10 + (text[i] - '0');
    if (units > kMaxCents) return std::nullopt;
  }
  if (i == 0) return std::nullopt;
  std::int64_t fraction = 0;
  int digits = 0;
  if (i < text.size()) {
    for (++i; i < text.size(); ++i, ++digits) {
      if (text[i] < '0' || text[i] > '9') return std::nullopt;
      // NUMERIC(12,2) prints trailing zeros only up to the scale; a third non-zero digit is an error.
      if (digits >= 2) {
        if (text[i] != '0') return std::nullopt;
        continue;
      }
      fraction = fraction * 10 + (text[i] - '0');
    }
    if (digits == 0) return std::nullopt;
  }
  if (digits == 1) fraction *= 10;
  const std::int64_t cents = units * 100 + fraction;
  return Money(negative ? -cents : cents);
}

std::string Money::ToString() const {
  const std::int64_t magnitude = std::llabs(cents_);
  std::string fraction = std::to_string(magnitude % 100);
  if (fraction.size() == 1) fraction.insert(0, "0");
  return (cents_ < 0 ? "-" : "") + std::to_string(magnitude / 100) + "." + fraction;
}

}  // namespace shop

// An optional value as a JSON field: the value, or null. One way for every object the API
// writes with nlohmann::json, with amounts as numbers and times as ISO 8601 UTC, as elsewhere.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>

#include "common/datetime.hpp"
#include "common/money.hpp"

namespace shop::http {

template <class T>
nlohmann::json OrNull(const std::optional<T>& value) {
  return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

inline nlohmann::json OrNull(const std::optional<Money>& amount) {
  return amount ? nlohmann::json(amount->ToDouble()) : nlohmann::json(nullptr);
}

inline nlohmann::json OrNull(const std::optional<datetime::Time>& time) {
  return time ? nlohmann::json(datetime::FormatIsoUtc(*time)) : nlohmann::json(nullptr);
}

}  // namespace shop::http

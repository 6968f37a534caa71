#include "http/json_or_null.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>

namespace shop::http {
namespace {

TEST(OrNull, IsTheValueWhenThereIsOne) {
  EXPECT_EQ(OrNull(std::optional<std::string>("Home")), nlohmann::json("Home"));
  EXPECT_EQ(OrNull(std::optional<std::int64_t>(5)), nlohmann::json(5));
  EXPECT_EQ(OrNull(std::optional<double>(4.33)), nlohmann::json(4.33));
}

TEST(OrNull, IsNullWhenThereIsNone) {
  EXPECT_TRUE(OrNull(std::optional<std::string>()).is_null());
  EXPECT_TRUE(OrNull(std::optional<Money>()).is_null());
  EXPECT_TRUE(OrNull(std::optional<datetime::Time>()).is_null());
}

TEST(OrNull, WritesAnAmountAsItsNumberAndATimeAsIsoUtc) {
  EXPECT_EQ(OrNull(std::optional<Money>(Money::FromCents(1999))).dump(), "19.99");
  const auto time = datetime::ParseIsoDateTime("2026-12-01T10:30:00+01:00");
  EXPECT_EQ(OrNull(time), nlohmann::json("2026-12-01T09:30:00Z"));
}

}  // namespace
}  // namespace shop::http

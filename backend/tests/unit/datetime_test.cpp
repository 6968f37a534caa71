// ISO 8601 dates and date-times as the API reads them, and UTC as it writes them.
#include "common/datetime.hpp"

#include <gtest/gtest.h>

namespace shop::datetime {
namespace {

TEST(Dates, OnlyRealCalendarDatesInIsoFormatAreAccepted) {
  EXPECT_TRUE(IsIsoDate("2026-11-25"));
  EXPECT_TRUE(IsIsoDate("2024-02-29"));
  EXPECT_FALSE(IsIsoDate("2023-02-29"));
  EXPECT_FALSE(IsIsoDate("2026-13-01"));
  EXPECT_FALSE(IsIsoDate("2026-04-31"));
  EXPECT_FALSE(IsIsoDate("2026-00-10"));
  EXPECT_FALSE(IsIsoDate("0000-01-01"));
  EXPECT_FALSE(IsIsoDate("2026-1-01"));
  EXPECT_FALSE(IsIsoDate("2026/11/25"));
  EXPECT_FALSE(IsIsoDate("2026-11-25T00:00:00Z"));
  EXPECT_FALSE(IsIsoDate("yesterday!"));
  EXPECT_FALSE(IsIsoDate(""));
}

TEST(DateTimes, ZonesAreTurnedIntoUtc) {
  EXPECT_EQ(FormatIsoUtc(*ParseIsoDateTime("2026-12-01T09:30:00Z")), "2026-12-01T09:30:00Z");
  EXPECT_EQ(FormatIsoUtc(*ParseIsoDateTime("2026-12-01T09:30Z")), "2026-12-01T09:30:00Z");
  EXPECT_EQ(FormatIsoUtc(*ParseIsoDateTime("2026-12-01T10:30:15.250+01:00")), "2026-12-01T09:30:15Z");
  EXPECT_EQ(FormatIsoUtc(*ParseIsoDateTime("2026-12-31T22:00:00-03:30")), "2027-01-01T01:30:00Z");
  EXPECT_EQ(FormatIsoUtc(*ParseIsoDateTime("2024-02-29T00:00:00Z")), "2024-02-29T00:00:00Z");
}

TEST(DateTimes, AnythingElseIsRefused) {
  for (const char* text :
       {"", "2026-12-01", "2026-12-01T09:30", "2026-12-01T09:30:00", "2026-12-01 09:30:00Z", "2026-12-01T24:00:00Z",
        "2026-12-01T09:60:00Z", "2026-12-01T09:30:60Z", "2026-02-30T09:30:00Z", "2026-12-01T09:30:00.Z",
        "2026-12-01T09:30:00+1:00", "2026-12-01T09:30:00+01:00 ", "2026-12-01T09:30:00z", "tomorrow at nine"}) {
    EXPECT_FALSE(ParseIsoDateTime(text).has_value()) << text;
  }
}

}  // namespace
}  // namespace shop::datetime

#include "common/datetime.hpp"

#include <cstdio>

namespace shop::datetime {
namespace {

// The `count` digits at text[at] as a number, or -1 when one of them is not a digit.
int Digits(std::string_view text, std::size_t at, std::size_t count) {
  if (at + count > text.size()) return -1;
  int value = 0;
  for (std::size_t i = at; i < at + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return -1;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

std::optional<std::chrono::sys_days> DateAt(std::string_view text) {
  if (text.size() < 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const int year = Digits(text, 0, 4);
  const int month = Digits(text, 5, 2);
  const int day = Digits(text, 8, 2);
  if (year <= 0 || month < 0 || day < 0) return std::nullopt;
  const std::chrono::year_month_day date{std::chrono::year(year), std::chrono::month(static_cast<unsigned>(month)),
                                         std::chrono::day(static_cast<unsigned>(day))};
  if (!date.ok()) return std::nullopt;
  return std::chrono::sys_days(date);
}

}  // namespace

bool IsIsoDate(std::string_view text) { return text.size() == 10 && DateAt(text).has_value(); }

std::optional<Time> ParseIsoDateTime(std::string_view text) {
  const auto date = DateAt(text);
  if (!date || text.size() < 17 || text[10] != 'T' || text[13] != ':') return std::nullopt;
  const int hour = Digits(text, 11, 2);
  const int minute = Digits(text, 14, 2);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return std::nullopt;
  std::size_t at = 16;
  int second = 0;
  if (text[at] == ':') {
    second = Digits(text, at + 1, 2);
    if (second < 0 || second > 59) return std::nullopt;
    at += 3;
    if (at < text.size() && text[at] == '.') {
      ++at;
      const std::size_t fraction = at;
      while (at < text.size() && text[at] >= '0' && text[at] <= '9') ++at;
      if (at == fraction) return std::nullopt;
    }
  }
  const std::string_view zone = text.substr(at);
  std::chrono::minutes offset{0};
  if (zone != "Z") {
    if (zone.size() != 6 || (zone[0] != '+' && zone[0] != '-') || zone[3] != ':') return std::nullopt;
    const int zone_hours = Digits(zone, 1, 2);
    const int zone_minutes = Digits(zone, 4, 2);
    if (zone_hours < 0 || zone_hours > 23 || zone_minutes < 0 || zone_minutes > 59) return std::nullopt;
    offset = std::chrono::hours(zone_hours) + std::chrono::minutes(zone_minutes);
    if (zone[0] == '-') offset = -offset;
  }
  return Time(*date) + std::chrono::hours(hour) + std::chrono::minutes(minute) + std::chrono::seconds(second) - offset;
}

std::string FormatIsoUtc(Time time) {
  const auto day = std::chrono::floor<std::chrono::days>(time);
  const std::chrono::year_month_day date{day};
  const std::chrono::hh_mm_ss clock{time - day};
  char text[32];
  std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
                static_cast<int>(clock.hours().count()), static_cast<int>(clock.minutes().count()),
                static_cast<int>(clock.seconds().count()));
  return text;
}

}  // namespace shop::datetime

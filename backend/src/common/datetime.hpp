// Dates and times as the API reads and writes them: ISO 8601 text, UTC inside.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace shop::datetime {

using Time = std::chrono::sys_seconds;

// The time now, to the second.
inline Time Now() { return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()); }

// A calendar date "YYYY-MM-DD" that exists (no 2026-02-30).
bool IsIsoDate(std::string_view text);

// "2026-12-01T09:30:00Z", "2026-12-01T09:30Z", "2026-12-01T10:30:00.250+01:00": a date, a time
// to the minute or the second (a fraction is dropped) and a zone, `Z` or ±HH:MM; nullopt for
// anything else, a time without a zone included.
std::optional<Time> ParseIsoDateTime(std::string_view text);

// "2026-12-01T09:30:00Z".
std::string FormatIsoUtc(Time time);

}  // namespace shop::datetime

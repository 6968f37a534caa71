// Logging for the whole server: one line per event, as text or as one JSON object per line.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

namespace shop::log {

enum class Level { kDebug, kInfo, kWarn, kError };
enum class Format { kText, kJson };

// Configures the process-wide logger; called once at start-up, before threads start.
void Init(Level level, Format format);

// A key and its already-rendered value; numbers are passed as their text.
using Field = std::pair<std::string_view, std::string>;

// True when messages of `level` are written: lets a caller skip rendering fields nobody reads.
bool Enabled(Level level);

void Write(Level level, std::string_view message, std::initializer_list<Field> fields = {});
inline void Debug(std::string_view m, std::initializer_list<Field> f = {}) { Write(Level::kDebug, m, f); }
inline void Info(std::string_view m, std::initializer_list<Field> f = {}) { Write(Level::kInfo, m, f); }
inline void Warn(std::string_view m, std::initializer_list<Field> f = {}) { Write(Level::kWarn, m, f); }
inline void Error(std::string_view m, std::initializer_list<Field> f = {}) { Write(Level::kError, m, f); }

}  // namespace shop::log

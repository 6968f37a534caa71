#include "common/log.hpp"

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <ctime>
#include <nlohmann/json.hpp>

namespace shop::log {
namespace {

Format g_format = Format::kText;

spdlog::level::level_enum ToSpdlog(Level level) {
  switch (level) {
    case Level::kDebug:
      return spdlog::level::debug;
    case Level::kInfo:
      return spdlog::level::info;
    case Level::kWarn:
      return spdlog::level::warn;
    case Level::kError:
      return spdlog::level::err;
  }
  return spdlog::level::info;
}

}  // namespace

void Init(Level level, Format format) {
  g_format = format;
  auto logger = spdlog::stderr_logger_mt("shop");
  // In JSON mode each message is a complete object that Write() renders with proper escaping.
  logger->set_pattern(format == Format::kJson ? "%v" : "%Y-%m-%dT%H:%M:%S.%eZ %-5l %v", spdlog::pattern_time_type::utc);
  logger->set_level(ToSpdlog(level));
  logger->flush_on(spdlog::level::warn);
  spdlog::set_default_logger(logger);
  spdlog::flush_every(std::chrono::seconds(1));
}

bool Enabled(Level level) { return spdlog::should_log(ToSpdlog(level)); }

void Write(Level level, std::string_view message, std::initializer_list<Field> fields) {
  const auto spd_level = ToSpdlog(level);
  if (!spdlog::should_log(spd_level)) return;
  if (g_format == Format::kJson) {
    nlohmann::json line = {{"level", spdlog::level::to_string_view(spd_level).data()}, {"msg", message}};
    for (const auto& [key, value] : fields) line[std::string(key)] = value;
    // Timestamps come from spdlog in text mode; in JSON we add our own to keep one object a line.
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ", &utc);
    line["ts"] = stamp;
    spdlog::log(spd_level, "{}", line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    return;
  }
  std::string text(message);
  for (const auto& [key, value] : fields) {
    text += ' ';
    text += key;
    text += '=';
    text += value;
  }
  spdlog::log(spd_level, "{}", text);
}

}  // namespace shop::log

#include "http/input_text.hpp"

#include <algorithm>
#include <charconv>

namespace shop::http {

std::string Trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return "";
  const auto last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

std::size_t Utf8Length(std::string_view text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::optional<std::int64_t> ParseInt(std::string_view text) {
  std::int64_t value = 0;
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc() || ptr != end || text.empty()) return std::nullopt;
  return value;
}

std::string JoinAllowed(std::span<const std::string_view> allowed) {
  std::string text;
  std::size_t i = 0;
  for (auto value : allowed) {
    if (i > 0) text += (i + 1 == allowed.size()) ? " or " : ", ";
    text += "'" + std::string(value) + "'";
    ++i;
  }
  return text;
}

}  // namespace shop::http

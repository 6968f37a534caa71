// Text rules shared by the readers of request input (the body's fields, the query and the path):
// trimming, UTF-8 length, strict integers and the wording of a list of allowed values.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace shop::http {

// `text` without leading and trailing spaces, tabs and line breaks.
std::string Trim(std::string_view text);
// The number of characters (code points) of UTF-8 text.
std::size_t Utf8Length(std::string_view text);
// The whole of `text` as a decimal integer; nullopt for anything else (empty, signs only, trailing text).
std::optional<std::int64_t> ParseInt(std::string_view text);
// "'a', 'b' or 'c'", as validation messages list allowed values.
std::string JoinAllowed(std::span<const std::string_view> allowed);
inline std::string JoinAllowed(std::initializer_list<std::string_view> allowed) {
  return JoinAllowed(std::span(allowed.begin(), allowed.size()));
}

}  // namespace shop::http

#include "http/json_writer.hpp"

#include <algorithm>
#include <charconv>
#include <nlohmann/json.hpp>

namespace shop::http {
namespace {

void AppendInt(std::string& out, std::int64_t value) {
  char digits[24];
  const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
  out.append(digits, end);
}

// The escape nlohmann writes for an ASCII byte, or "" when it writes the byte as it is.
std::string_view AsciiEscape(unsigned char c, char (&buffer)[7]) {
  switch (c) {
    case '"':
      return "\\\"";
    case '\\':
      return "\\\\";
    case '\b':
      return "\\b";
    case '\f':
      return "\\f";
    case '\n':
      return "\\n";
    case '\r':
      return "\\r";
    case '\t':
      return "\\t";
    default:
      break;
  }
  if (c >= 0x20) return {};
  constexpr char kHex[] = "0123456789abcdef";
  buffer[0] = '\\';
  buffer[1] = 'u';
  buffer[2] = '0';
  buffer[3] = '0';
  buffer[4] = kHex[c >> 4];
  buffer[5] = kHex[c & 0xF];
  return {buffer, 6};
}

}  // namespace

void JsonWriter::Separate() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (has_items_.empty()) return;
  if (has_items_.back()) out_ += ',';
  has_items_.back() = true;
}

JsonWriter& JsonWriter::Open(char bracket) {
  Separate();
  out_ += bracket;
  has_items_.push_back(false);
  return *this;
}

JsonWriter& JsonWriter::Close(char bracket) {
  out_ += bracket;
  has_items_.pop_back();
  return *this;
}

JsonWriter& JsonWriter::Key(std::string_view key) {
  String(key);
  out_ += ':';
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::String(std::string_view value) {
  Separate();
  // Beyond ASCII, nlohmann checks the UTF-8 and replaces what is invalid: let it do that.
  if (std::any_of(value.begin(), value.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) {
    out_ += nlohmann::json(value).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return *this;
  }
  out_ += '"';
  char buffer[7];
  std::size_t plain = 0;  // start of the bytes not yet copied
  for (std::size_t i = 0; i < value.size(); ++i) {
    const std::string_view escape = AsciiEscape(static_cast<unsigned char>(value[i]), buffer);
    if (escape.empty()) continue;
    out_.append(value.substr(plain, i - plain));
    out_ += escape;
    plain = i + 1;
  }
  out_.append(value.substr(plain));
  out_ += '"';
  return *this;
}

JsonWriter& JsonWriter::Int(std::int64_t value) {
  Separate();
  AppendInt(out_, value);
  return *this;
}

JsonWriter& JsonWriter::Bool(bool value) {
  Separate();
  out_ += value ? "true" : "false";
  return *this;
}

JsonWriter& JsonWriter::Null() {
  Separate();
  out_ += "null";
  return *this;
}

JsonWriter& JsonWriter::Number(Money value) {
  Separate();
  // The shortest decimal that reads back as cents / 100.0 is the amount itself without trailing
  // zeros (amounts have far fewer than 15 significant digits); nlohmann keeps one zero after
  // the point of a whole number.
  const std::int64_t cents = value.cents();
  const std::uint64_t magnitude = cents < 0 ? 0 - static_cast<std::uint64_t>(cents) : static_cast<std::uint64_t>(cents);
  if (cents < 0) out_ += '-';
  AppendInt(out_, static_cast<std::int64_t>(magnitude / 100));
  const auto fraction = static_cast<int>(magnitude % 100);
  out_ += '.';
  out_ += static_cast<char>('0' + fraction / 10);
  if (fraction % 10 != 0) out_ += static_cast<char>('0' + fraction % 10);
  return *this;
}

JsonWriter& JsonWriter::Strings(const std::vector<std::string>& values) {
  BeginArray();
  for (const auto& value : values) String(value);
  return EndArray();
}

std::string JsonWriter::Take() {
  std::string document = std::move(out_);
  out_.clear();
  has_items_.clear();
  after_key_ = false;
  return document;
}

}  // namespace shop::http

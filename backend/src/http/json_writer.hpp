// Writes a JSON document straight into a string, for the hot responses that would otherwise build
// an nlohmann::json tree only to print it. The output is byte for byte what nlohmann prints for
// the same values (compact, UTF-8, invalid bytes replaced), provided the caller writes the keys of
// each object in alphabetical order, which is the order nlohmann::json keeps them in.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/money.hpp"

namespace shop::http {

class JsonWriter {
 public:
  JsonWriter& BeginObject() { return Open('{'); }
  JsonWriter& EndObject() { return Close('}'); }
  JsonWriter& BeginArray() { return Open('['); }
  JsonWriter& EndArray() { return Close(']'); }
  // The key of the next member of the current object.
  JsonWriter& Key(std::string_view key);

  JsonWriter& String(std::string_view value);
  JsonWriter& Int(std::int64_t value);
  JsonWriter& Bool(bool value);
  JsonWriter& Null();
  // An amount as the JSON number nlohmann prints for Money::ToDouble(): 19.99, 20.0, 0.5.
  JsonWriter& Number(Money value);
  // The value, or null.
  JsonWriter& OptString(const std::optional<std::string>& value) { return value ? String(*value) : Null(); }
  JsonWriter& OptNumber(const std::optional<Money>& value) { return value ? Number(*value) : Null(); }
  JsonWriter& Strings(const std::vector<std::string>& values);

  // The document written so far; the writer is empty afterwards.
  std::string Take();

 private:
  // Writes the comma that separates a value from the one before it in the same container.
  void Separate();
  JsonWriter& Open(char bracket);
  JsonWriter& Close(char bracket);

  std::string out_;
  std::vector<bool> has_items_;  // per open container: whether it holds a value already
  bool after_key_ = false;
};

}  // namespace shop::http

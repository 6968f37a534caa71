#include "http/json_writer.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace shop::http {
namespace {

// What the API printed before: an nlohmann::json value, dumped the way Response::Json does.
std::string Dumped(const nlohmann::json& json) {
  return json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string Written(std::string_view text) {
  JsonWriter json;
  json.String(text);
  return json.Take();
}

std::string Written(Money money) {
  JsonWriter json;
  json.Number(money);
  return json.Take();
}

TEST(JsonWriter, WritesNestedContainersLikeNlohmann) {
  JsonWriter json;
  json.BeginObject()
      .Key("a")
      .BeginArray()
      .Int(1)
      .BeginObject()
      .Key("x")
      .Null()
      .EndObject()
      .BeginArray()
      .EndArray()
      .EndArray()
      .Key("b")
      .Bool(false)
      .Key("c")
      .BeginObject()
      .EndObject()
      .Key("d")
      .Strings({"p", "q"})
      .Key("e")
      .OptString(std::optional<std::string>())
      .Key("f")
      .OptNumber(Money::FromCents(5))
      .EndObject();
  const nlohmann::json expected = {{"a", {1, {{"x", nullptr}}, nlohmann::json::array()}},
                                   {"b", false},
                                   {"c", nlohmann::json::object()},
                                   {"d", {"p", "q"}},
                                   {"e", nullptr},
                                   {"f", 0.05}};
  EXPECT_EQ(json.Take(), Dumped(expected));
}

TEST(JsonWriter, EscapesStringsLikeNlohmann) {
  for (std::string_view text : {"", "plain", "quote \" and backslash \\", "tab\tnew line\ncarriage\r",
                                "\b\f\x01\x1f\x7f", "Crème brûlée €", "invalid \xff\xfe utf-8", "cut \xc3"}) {
    EXPECT_EQ(Written(text), Dumped(std::string(text))) << text;
  }
  const std::string with_nul("nul \0 byte", 10);
  EXPECT_EQ(Written(with_nul), Dumped(with_nul));
}

TEST(JsonWriter, WritesMoneyAsTheNumberNlohmannPrintsForItsDouble) {
  for (std::int64_t cents = -1000; cents <= 100'000; ++cents) {
    const Money money = Money::FromCents(cents);
    ASSERT_EQ(Written(money), Dumped(money.ToDouble())) << cents;
  }
  for (std::int64_t cents : {Money::kMaxCents, Money::kMaxCents - 1, Money::kMaxCents * 1'000'000 + 17,
                             std::int64_t{123456789012345}, std::int64_t{999999999999999}}) {
    const Money money = Money::FromCents(cents);
    EXPECT_EQ(Written(money), Dumped(money.ToDouble())) << cents;
  }
}

TEST(JsonWriter, TakeLeavesAnEmptyWriter) {
  JsonWriter json;
  json.BeginArray().Int(1).EndArray();
  EXPECT_EQ(json.Take(), "[1]");
  json.BeginArray().Int(2).EndArray();
  EXPECT_EQ(json.Take(), "[2]");
}

}  // namespace
}  // namespace shop::http

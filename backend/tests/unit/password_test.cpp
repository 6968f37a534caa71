#include "auth/password.hpp"

#include <gtest/gtest.h>
#include <time.h>

#include <chrono>
#include <string>

namespace shop::auth {
namespace {

TEST(Password, HashesWithBcryptCost12AndAFreshSalt) {
  const std::string first = HashPassword("correct horse");
  const std::string second = HashPassword("correct horse");
  EXPECT_TRUE(first.starts_with("$2b$12$")) << first;
  EXPECT_EQ(first.size(), 60u);
  EXPECT_NE(first, second) << "each hash has its own salt";
  EXPECT_TRUE(VerifyPassword("correct horse", first));
  EXPECT_TRUE(VerifyPassword("correct horse", second));
  EXPECT_FALSE(VerifyPassword("correct horsE", first));
  EXPECT_FALSE(VerifyPassword("", first));
}

TEST(Password, AStoredValueThatIsNoHashNeverMatches) {
  for (std::string_view stored : {"!", "", "*0", "plain text", "$2b$12$short"}) {
    EXPECT_FALSE(VerifyPassword("plain text", stored)) << stored;
    EXPECT_FALSE(VerifyPassword("", stored)) << stored;
  }
}

// Compared in CPU time of this thread, which other work on the machine does not stretch.
TEST(Password, UnknownAccountsCostAsMuchTimeAsKnownOnes) {
  const std::string hash = HashPassword("some password");
  const auto cpu_time = [](auto&& check) {
    const auto now = [] {
      timespec t{};
      clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
      return std::chrono::seconds(t.tv_sec) + std::chrono::nanoseconds(t.tv_nsec);
    };
    const auto started = now();
    check();
    return now() - started;
  };
  const auto known = cpu_time([&] { VerifyPassword("wrong password", hash); });
  const auto dummy = cpu_time([] { VerifyDummyPassword("wrong password"); });
  const auto no_hash = cpu_time([] { VerifyPassword("wrong password", "!"); });
  EXPECT_GT(dummy * 2, known);
  EXPECT_GT(no_hash * 2, known);
}

TEST(Password, NewPasswordsNeedEightCharactersAndAtMost72Bytes) {
  EXPECT_EQ(CheckNewPassword("1234567")->type, "string_too_short");
  EXPECT_FALSE(CheckNewPassword("12345678"));
  EXPECT_FALSE(CheckNewPassword("éééééééé")) << "eight characters, sixteen bytes";
  EXPECT_EQ(CheckNewPassword("ééééééé")->type, "string_too_short") << "seven characters";
  EXPECT_FALSE(CheckNewPassword(std::string(72, 'x')));
  EXPECT_EQ(CheckNewPassword(std::string(73, 'x'))->type, "string_too_long");
  EXPECT_EQ(CheckNewPassword(std::string(70, 'x') + "éé")->type, "string_too_long") << "72 characters, 74 bytes";
  EXPECT_TRUE(CheckNewPassword(std::string("abcd\0efgh", 9)));
}

}  // namespace
}  // namespace shop::auth

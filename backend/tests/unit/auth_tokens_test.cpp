// Lifetimes and single use of the emailed tokens, and the shape of a token pair.
#include <gtest/gtest.h>

#include "auth/auth_service.hpp"

namespace shop::auth {
namespace {

TEST(UserToken, IsUsableOnlyUnusedAndBeforeItExpires) {
  const store::StoredUserToken fresh{1, 7, 1000, false};
  EXPECT_TRUE(CheckUserToken(fresh, 999, "verification"));
  auto expired = CheckUserToken(fresh, 1000, "verification");
  ASSERT_FALSE(expired);
  EXPECT_EQ(expired.error().code, Errc::kBadRequest);
  EXPECT_EQ(expired.error().detail, "Invalid or expired verification token");
  EXPECT_FALSE(CheckUserToken(store::StoredUserToken{1, 7, 1000, true}, 10, "reset")) << "used";
  EXPECT_EQ(CheckUserToken(std::nullopt, 10, "reset").error().detail, "Invalid or expired reset token");
}

TEST(UserToken, VerificationLastsADayAndResetAnHour) {
  EXPECT_EQ(kVerifyEmailSeconds, 24 * 3600);
  EXPECT_EQ(kResetPasswordSeconds, 3600);
  EXPECT_EQ(kAccessTokenSeconds, 30 * 60);
  EXPECT_EQ(kRefreshTokenSeconds, 7 * 24 * 3600);
}

TEST(TokenPair, SerialisesAsTheLoginResponse) {
  const auto json = ToJson(TokenPair{"a.b.c", "d.e.f"});
  EXPECT_EQ(
      json,
      (nlohmann::json{
          {"access_token", "a.b.c"}, {"refresh_token", "d.e.f"}, {"token_type", "bearer"}, {"expires_in", 1800}}));
}

}  // namespace
}  // namespace shop::auth

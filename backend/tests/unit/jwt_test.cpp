#include "auth/jwt.hpp"

#include <gtest/gtest.h>

#include "common/crypto.hpp"

namespace shop::auth {
namespace {

constexpr std::string_view kSecret = "unit-test-secret-0123456789abcdef";

Claims Sample(std::string_view type = kAccessToken) {
  return Claims{42, "customer", std::string(type), 1000, 2800, "jti-1"};
}

TEST(Base64, StandardIsPaddedAndUrlIsUnpaddedWithTheUrlAlphabet) {
  EXPECT_EQ(crypto::Base64Encode("ab"), "YWI=");
  EXPECT_EQ(crypto::Base64Encode("\xfb\xff"), "+/8=");
  EXPECT_EQ(crypto::Base64UrlEncode("\xfb\xff"), "-_8");
  EXPECT_EQ(crypto::Base64UrlDecode("-_8"), "\xfb\xff");
  EXPECT_EQ(crypto::Base64Encode(""), "");
}

TEST(Jwt, RoundTripsItsClaims) {
  auto claims = VerifyJwt(SignJwt(Sample(), kSecret), kSecret, kAccessToken, 1500);
  ASSERT_TRUE(claims);
  EXPECT_EQ(claims->sub, 42);
  EXPECT_EQ(claims->role, "customer");
  EXPECT_EQ(claims->jti, "jti-1");
}

TEST(Jwt, RejectsATamperedSignatureOrPayload) {
  std::string token = SignJwt(Sample(), kSecret);
  std::string bad_signature = token;
  bad_signature.back() = bad_signature.back() == 'A' ? 'B' : 'A';
  EXPECT_FALSE(VerifyJwt(bad_signature, kSecret, kAccessToken, 1500));

  const auto dot = token.find('.');
  const auto payload =
      crypto::Base64UrlEncode(R"({"sub":"1","role":"admin","type":"access","iat":1000,"exp":2800,"jti":"x"})");
  std::string forged = token.substr(0, dot + 1) + payload + token.substr(token.rfind('.'));
  EXPECT_FALSE(VerifyJwt(forged, kSecret, kAccessToken, 1500));
  EXPECT_FALSE(VerifyJwt(token, "another-secret-0123456789abcdef!!", kAccessToken, 1500));
}

TEST(Jwt, RejectsAlgNone) {
  const std::string header = crypto::Base64UrlEncode(R"({"alg":"none","typ":"JWT"})");
  const std::string payload =
      crypto::Base64UrlEncode(R"({"sub":"42","role":"admin","type":"access","iat":1000,"exp":2800,"jti":"x"})");
  EXPECT_FALSE(VerifyJwt(header + "." + payload + ".", kSecret, kAccessToken, 1500));
}

TEST(Jwt, RejectsEveryAlgorithmButHs256EvenWithAValidSignature) {
  const std::string payload =
      crypto::Base64UrlEncode(R"({"sub":"42","role":"admin","type":"access","iat":1000,"exp":2800,"jti":"x"})");
  for (std::string_view header : {R"({"alg":"HS512","typ":"JWT"})", R"({"alg":"RS256","typ":"JWT"})",
                                  R"({"alg":"hs256","typ":"JWT"})", R"({"typ":"JWT"})", R"([])"}) {
    const std::string signing_input = crypto::Base64UrlEncode(header) + "." + payload;
    const std::string token = signing_input + "." + crypto::Base64UrlEncode(crypto::HmacSha256(kSecret, signing_input));
    EXPECT_FALSE(VerifyJwt(token, kSecret, kAccessToken, 1500)) << header;
  }
}

TEST(Jwt, RejectsExpiredTokens) {
  auto result = VerifyJwt(SignJwt(Sample(), kSecret), kSecret, kAccessToken, 2800);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code, Errc::kUnauthenticated);
}

TEST(Jwt, AccessAndRefreshTokensAreNotInterchangeable) {
  EXPECT_FALSE(VerifyJwt(SignJwt(Sample(kRefreshToken), kSecret), kSecret, kAccessToken, 1500));
  EXPECT_FALSE(VerifyJwt(SignJwt(Sample(kAccessToken), kSecret), kSecret, kRefreshToken, 1500));
}

// A header whose alg is not a string (e.g. {"alg":1}) is a 401 like any bad token, not a 500.
TEST(Jwt, AMalformedHeaderIs401) {
  const std::string payload =
      crypto::Base64UrlEncode(R"({"sub":"42","role":"admin","type":"access","iat":1000,"exp":2800,"jti":"x"})");
  auto numeric = VerifyJwt("eyJhbGciOjF9.e30.AA", kSecret, kAccessToken, 1500);
  ASSERT_FALSE(numeric);
  EXPECT_EQ(numeric.error().code, Errc::kUnauthenticated);
  for (std::string_view header : {R"({"alg":1})", R"({"alg":null})", R"({"alg":["HS256"]})", R"({"alg":{}})",
                                  R"({"alg":true})", R"("HS256")", R"({"alg":"HS256","crit":["exp"]})"}) {
    const std::string signing_input = crypto::Base64UrlEncode(header) + "." + payload;
    const std::string token = signing_input + "." + crypto::Base64UrlEncode(crypto::HmacSha256(kSecret, signing_input));
    auto result = VerifyJwt(token, kSecret, kAccessToken, 1500);
    ASSERT_FALSE(result) << header;
    EXPECT_EQ(result.error().code, Errc::kUnauthenticated) << header;
  }
}

// Correctly signed claims of the wrong types or out of range are refused, never converted.
TEST(Jwt, ClaimsOfTheWrongTypeAre401) {
  for (std::string_view claims : {
           R"({"sub":42,"role":"customer","type":"access","iat":1000,"exp":2800,"jti":"x"})",
           R"({"sub":"42abc","role":"customer","type":"access","iat":1000,"exp":2800,"jti":"x"})",
           R"({"sub":"","role":"customer","type":"access","iat":1000,"exp":2800,"jti":"x"})",
           R"({"sub":"99999999999999999999","role":"customer","type":"access","iat":1000,"exp":2800,"jti":"x"})",
           R"({"sub":"42","role":"customer","type":"access","iat":1000,"exp":1.5e300,"jti":"x"})",
           R"({"sub":"42","role":"customer","type":"access","iat":1000,"exp":2800.5,"jti":"x"})",
           R"({"sub":"42","role":"customer","type":"access","iat":1000,"exp":"2800","jti":"x"})",
           R"({"sub":"42","role":"customer","type":"access","iat":1000,"exp":2800,"jti":"x","ver":"1"})",
           R"({"sub":"42","role":"customer","type":"access","iat":1000,"exp":2800,"jti":"x","ver":-1})",
           R"({"sub":"42","role":["admin"],"type":"access","iat":1000,"exp":2800,"jti":"x"})",
       }) {
    const std::string signing_input =
        crypto::Base64UrlEncode(R"({"alg":"HS256","typ":"JWT"})") + "." + crypto::Base64UrlEncode(claims);
    const std::string token = signing_input + "." + crypto::Base64UrlEncode(crypto::HmacSha256(kSecret, signing_input));
    auto result = VerifyJwt(token, kSecret, kAccessToken, 1500);
    ASSERT_FALSE(result) << claims;
    EXPECT_EQ(result.error().code, Errc::kUnauthenticated) << claims;
  }
}

// The session version (ver) travels in the token; a token without one is of version 0.
TEST(Jwt, CarriesTheSessionVersion) {
  Claims claims = Sample();
  claims.ver = 7;
  auto verified = VerifyJwt(SignJwt(claims, kSecret), kSecret, kAccessToken, 1500);
  ASSERT_TRUE(verified);
  EXPECT_EQ(verified->ver, 7);
  const std::string signing_input =
      crypto::Base64UrlEncode(R"({"alg":"HS256","typ":"JWT"})") + "." +
      crypto::Base64UrlEncode(R"({"sub":"42","role":"customer","type":"access","iat":1000,"exp":2800,"jti":"x"})");
  auto without = VerifyJwt(signing_input + "." + crypto::Base64UrlEncode(crypto::HmacSha256(kSecret, signing_input)),
                           kSecret, kAccessToken, 1500);
  ASSERT_TRUE(without);
  EXPECT_EQ(without->ver, 0);
}

TEST(Jwt, RejectsGarbage) {
  for (std::string_view garbage : {"", "a.b", "a.b.c.d", "!!!.???.***", "eyJ.eyJ.sig"}) {
    EXPECT_FALSE(VerifyJwt(garbage, kSecret, kAccessToken, 1500)) << garbage;
  }
}

}  // namespace
}  // namespace shop::auth

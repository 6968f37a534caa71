// Accounts over real HTTP (API.md, Auth): registration with its email received over real SMTP,
// verification, login, refresh rotation and reuse detection, logout, profile, password change
// and reset, rate limits, the admin bootstrap, and the mail outbox (SMTP outage, .eml files).
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <functional>
#include <sstream>
#include <thread>

#include "auth/jwt.hpp"
#include "common/crypto.hpp"
#include "support/accounts.hpp"
#include "support/smtp_sink.hpp"
#include "support/test_server.hpp"

namespace shop::testing {
namespace {

using Clock = std::chrono::steady_clock;
using nlohmann::json;

constexpr const char* kPassword = "correct horse 1";

// The accounts suite's own database, SMTP sink and server: its mail goes out over SMTP, and no
// server of another configuration shares its outbox.
struct AuthApi {
  static TestDatabase& database() {
    static TestDatabase database;
    return database;
  }
  static SmtpSink& sink() {
    static SmtpSink sink;
    return sink;
  }
  static TestServer& server() {
    static TestServer server(database(), SmtpEnv(sink()));
    return server;
  }
  static HttpClient client() { return server().client(); }
};

// SQL text literal of a value made by the tests themselves.
std::string Quoted(const std::string& text) { return "'" + text + "'"; }

// The SQL of the stored digest of a token, as the server keeps it.
std::string DigestSql(const std::string& token) { return "sha256(convert_to(" + Quoted(token) + ", 'UTF8'))"; }

HttpResponse Register(const HttpClient& client, const std::string& email, const std::string& password = kPassword,
                      const std::string& full_name = "Test Person") {
  return client.Post("/api/auth/register", {{"email", email}, {"password", password}, {"full_name", full_name}});
}

HttpResponse Login(const HttpClient& client, const std::string& email, const std::string& password = kPassword) {
  return client.Post("/api/auth/login", {{"email", email}, {"password", password}});
}

HttpResponse Refresh(const HttpClient& client, const std::string& refresh_token) {
  return client.Post("/api/auth/refresh", {{"refresh_token", refresh_token}});
}

// The token of the `index`-th email to `email` whose link contains `path`.
std::string TokenFromEmail(const SmtpSink& sink, const std::string& email, const std::string& path,
                           std::size_t index = 0) {
  const auto messages = sink.WaitForMessages(email, index + 1);
  if (messages.size() <= index) {
    ADD_FAILURE() << "no email " << index << " to " << email;
    return "";
  }
  return TokenFromLink(ParseMail(messages[index].data).text, path);
}

// Registers, verifies through the emailed link and returns the login's token pair.
json SignUp(const std::string& email, const std::string& password = kPassword) {
  auto client = AuthApi::client();
  EXPECT_EQ(Register(client, email, password).status, 201);
  const std::string token = TokenFromEmail(AuthApi::sink(), email, "/verify-email");
  EXPECT_EQ(client.Get("/api/auth/verify-email?token=" + token).status, 200);
  auto login = Login(client, email, password);
  EXPECT_EQ(login.status, 200) << login.body;
  return login.json();
}

// The loc paths of a 422 answer, e.g. {"body.email", "body.password"}.
std::vector<std::string> ErrorLocations(const HttpResponse& response) {
  std::vector<std::string> locations;
  const json body = response.json();
  for (const auto& entry : body["detail"]) {
    std::string joined;
    for (const auto& part : entry["loc"]) {
      if (!joined.empty()) joined += '.';
      joined += part.get<std::string>();
    }
    locations.push_back(joined);
  }
  return locations;
}

// Runs `command` through the shell; returns its exit code and output.
std::pair<int, std::string> RunCommand(const std::string& command) {
  FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
  std::string output;
  char buffer[256];
  while (pipe != nullptr && std::fgets(buffer, sizeof buffer, pipe) != nullptr) output += buffer;
  const int status = pipe == nullptr ? -1 : ::pclose(pipe);
  return {WEXITSTATUS(status), output};
}

// --- register -----------------------------------------------------------------------------------

TEST(AuthRegister, CreatesAnUnverifiedCustomerAndEmailsAVerificationLinkOverSmtp) {
  const std::string email = UniqueEmail("Register");
  std::string lower = email;
  std::transform(lower.begin(), lower.end(), lower.begin(), ::tolower);

  auto response = Register(AuthApi::client(), email, kPassword, "Ada Lovelace");
  const auto registered_at = Clock::now();
  ASSERT_EQ(response.status, 201) << response.body;
  const json user = response.json();
  EXPECT_EQ(user["email"], lower);
  EXPECT_EQ(user["full_name"], "Ada Lovelace");
  EXPECT_EQ(user["role"], "customer");
  EXPECT_EQ(user["is_active"], true);
  EXPECT_EQ(user["is_verified"], false);
  EXPECT_TRUE(user["id"].is_number_integer());
  EXPECT_EQ(user.size(), 8u) << "exactly the User fields of API.md: " << user.dump();
  EXPECT_TRUE(user["created_at"].get<std::string>().ends_with("Z"));

  const auto messages = AuthApi::sink().WaitForMessages(lower);
  ASSERT_EQ(messages.size(), 1u);
  EXPECT_LT(Clock::now() - registered_at, std::chrono::seconds(2)) << "mail goes out within about a second";
  EXPECT_EQ(messages[0].mail_from, "shop@localhost");
  const ParsedMail mail = ParseMail(messages[0].data);
  EXPECT_NE(mail.headers.at("subject").find("Harbor Goods"), std::string::npos);
  EXPECT_EQ(mail.headers.at("to"), "<" + lower + ">");
  EXPECT_NE(mail.headers.at("from").find("<shop@localhost>"), std::string::npos);
  EXPECT_FALSE(mail.headers.at("date").empty());
  EXPECT_TRUE(mail.headers.at("message-id").starts_with("<"));
  EXPECT_TRUE(mail.headers.at("content-type").starts_with("multipart/alternative"));
  EXPECT_NE(mail.text.find("Harbor Goods"), std::string::npos);
  EXPECT_NE(mail.html.find("Harbor Goods"), std::string::npos);
  EXPECT_NE(mail.text.find("Ada Lovelace"), std::string::npos);

  const std::string token = TokenFromLink(mail.text, "http://shop.test/verify-email");
  EXPECT_GE(token.size(), 22u) << "at least 128 random bits";
  EXPECT_EQ(TokenFromLink(mail.html, "http://shop.test/verify-email"), token);
  // Only the token's digest is stored, valid for 24 hours.
  const auto id = std::to_string(user["id"].get<std::int64_t>());
  EXPECT_EQ(AuthApi::database().QueryValue("SELECT count(*) FROM user_tokens WHERE user_id = " + id +
                                           " AND purpose = 'verify_email' AND token_hash = " + DigestSql(token)),
            "1");
  EXPECT_EQ(
      AuthApi::database().QueryValue(
          "SELECT abs(extract(epoch FROM expires_at - created_at) - 86400) < 2 FROM user_tokens WHERE user_id = " + id),
      "t");
  EXPECT_EQ(AuthApi::database().QueryValue("SELECT hashed_password LIKE '$2b$12$%' FROM users WHERE id = " + id), "t");
}

TEST(AuthRegister, TakenEmailIs409WhateverItsCase) {
  const std::string email = UniqueEmail("taken");
  ASSERT_EQ(Register(AuthApi::client(), email).status, 201);
  std::string upper = email;
  std::transform(upper.begin(), upper.end(), upper.begin(), ::toupper);
  auto again = Register(AuthApi::client(), upper);
  EXPECT_EQ(again.status, 409);
  EXPECT_EQ(again.json()["detail"], "Email already registered");
}

TEST(AuthRegister, InvalidFieldsAre422WithEveryProblemListed) {
  auto client = AuthApi::client();
  auto empty = client.Post("/api/auth/register", json::object());
  ASSERT_EQ(empty.status, 422);
  EXPECT_EQ(ErrorLocations(empty), (std::vector<std::string>{"body.email", "body.password", "body.full_name"}));

  auto bad_email = Register(client, "not-an-email");
  ASSERT_EQ(bad_email.status, 422);
  EXPECT_EQ(ErrorLocations(bad_email), (std::vector<std::string>{"body.email"}));

  for (const std::string& password : {std::string("short77"), std::string("ééééééé"), std::string(73, 'x')}) {
    auto response = Register(client, UniqueEmail("weak"), password);
    ASSERT_EQ(response.status, 422) << password;
    EXPECT_EQ(ErrorLocations(response), (std::vector<std::string>{"body.password"})) << password;
  }
  // 71 ASCII bytes and a two-byte character: 73 bytes, too long for bcrypt.
  auto multibyte = Register(client, UniqueEmail("weak"), std::string(71, 'x') + "é");
  EXPECT_EQ(multibyte.status, 422);
  EXPECT_EQ(Register(client, UniqueEmail("noname"), kPassword, "   ").status, 422);
  EXPECT_EQ(client.Post("/api/auth/register", {{"email", 5}, {"password", true}, {"full_name", "x"}}).status, 422);

  EXPECT_EQ(client.Send("POST", "/api/auth/register", "{", {{"Content-Type", "application/json"}}).status, 422);
  EXPECT_EQ(client.Send("POST", "/api/auth/register", "email=a", {{"Content-Type", "text/plain"}}).status, 415);
}

TEST(AuthRegister, AcceptsEightCharactersAndExactly72Bytes) {
  auto client = AuthApi::client();
  const std::string email = UniqueEmail("boundary");
  const std::string longest(72, 'p');
  EXPECT_EQ(Register(client, UniqueEmail("eight"), "8 chars!").status, 201);
  ASSERT_EQ(Register(client, email, longest).status, 201);
  const std::string token = TokenFromEmail(AuthApi::sink(), email, "/verify-email");
  ASSERT_EQ(client.Get("/api/auth/verify-email?token=" + token).status, 200);
  EXPECT_EQ(Login(client, email, longest).status, 200);
}

// --- verify-email and resend-verification --------------------------------------------------------

TEST(AuthVerifyEmail, TokenVerifiesOnceThenIs400) {
  auto client = AuthApi::client();
  const std::string email = UniqueEmail("verify");
  ASSERT_EQ(Register(client, email).status, 201);
  const std::string token = TokenFromEmail(AuthApi::sink(), email, "/verify-email");

  auto verified = client.Get("/api/auth/verify-email?token=" + token);
  EXPECT_EQ(verified.status, 200);
  EXPECT_TRUE(verified.json()["message"].is_string());
  EXPECT_EQ(AuthApi::database().QueryValue("SELECT is_verified FROM users WHERE email = " + Quoted(email)), "t");

  auto again = client.Get("/api/auth/verify-email?token=" + token);
  EXPECT_EQ(again.status, 400);
  EXPECT_TRUE(again.json()["detail"].is_string());
}

TEST(AuthVerifyEmail, UnknownTokenIs400AndMissingTokenIs422) {
  auto client = AuthApi::client();
  EXPECT_EQ(client.Get("/api/auth/verify-email?token=" + crypto::RandomToken()).status, 400);
  EXPECT_EQ(client.Get("/api/auth/verify-email?token=").status, 400);
  auto missing = client.Get("/api/auth/verify-email");
  ASSERT_EQ(missing.status, 422);
  EXPECT_EQ(ErrorLocations(missing), (std::vector<std::string>{"query.token"}));
}

TEST(AuthVerifyEmail, ExpiredTokenIs400) {
  auto client = AuthApi::client();
  const std::string email = UniqueEmail("expired");
  ASSERT_EQ(Register(client, email).status, 201);
  const std::string token = TokenFromEmail(AuthApi::sink(), email, "/verify-email");
  AuthApi::database().Execute("UPDATE user_tokens SET expires_at = now() - interval '1 second' WHERE token_hash = " +
                              DigestSql(token));
  EXPECT_EQ(client.Get("/api/auth/verify-email?token=" + token).status, 400);
  EXPECT_EQ(AuthApi::database().QueryValue("SELECT is_verified FROM users WHERE email = " + Quoted(email)), "f");
}

TEST(AuthVerifyEmail, ResetTokenIsNoVerificationToken) {
  const std::string email = UniqueEmail("purpose");
  SignUp(email);
  auto client = AuthApi::client();
  ASSERT_EQ(client.Post("/api/auth/forgot-password", {{"email", email}}).status, 200);
  const std::string reset = TokenFromEmail(AuthApi::sink(), email, "/reset-password", 1);
  ASSERT_FALSE(reset.empty());
  EXPECT_EQ(client.Get("/api/auth/verify-email?token=" + reset).status, 400);
}

TEST(AuthResendVerification, SendsAFreshLinkToAnUnverifiedUser) {
  auto client = AuthApi::client();
  const std::string email = UniqueEmail("resend");
  ASSERT_EQ(Register(client, email).status, 201);
  auto resent = client.Post("/api/auth/resend-verification", {{"email", email}});
  ASSERT_EQ(resent.status, 200);
  EXPECT_TRUE(resent.json()["message"].is_string());
  const std::string second = TokenFromEmail(AuthApi::sink(), email, "/verify-email", 1);
  ASSERT_FALSE(second.empty());
  EXPECT_NE(second, TokenFromEmail(AuthApi::sink(), email, "/verify-email", 0));
  EXPECT_EQ(client.Get("/api/auth/verify-email?token=" + second).status, 200);
}

TEST(AuthResendVerification, SameAnswerWhetherOrNotTheEmailExists) {
  auto client = AuthApi::client();
  const std::string verified = UniqueEmail("verified");
  SignUp(verified);
  const std::string unknown = UniqueEmail("nobody");
  auto for_unknown = client.Post("/api/auth/resend-verification", {{"email", unknown}});
  auto for_verified = client.Post("/api/auth/resend-verification", {{"email", verified}});
  EXPECT_EQ(for_unknown.status, 200);
  EXPECT_EQ(for_unknown.body, for_verified.body);
  EXPECT_EQ(AuthApi::database().QueryValue("SELECT count(*) FROM email_outbox WHERE to_address IN (" + Quoted(unknown) +
                                           ", " + Quoted(verified) + ")"),
            "1")
      << "only the first verification email; none for an unknown or verified address";
  EXPECT_EQ(client.Post("/api/auth/resend-verification", {{"email", "nope"}}).status, 422);
}

// --- login ------------------------------------------------------------------------------------------

TEST(AuthJourney, RegisterReceiveEmailVerifyLoginRefreshLogout) {
  auto client = AuthApi::client();
  const std::string email = UniqueEmail("journey");
  ASSERT_EQ(Register(client, email, kPassword, "Journey Person").status, 201);

  const std::string token = TokenFromEmail(AuthApi::sink(), email, "http://shop.test/verify-email");
  ASSERT_FALSE(token.empty());
  ASSERT_EQ(client.Get("/api/auth/verify-email?token=" + token).status, 200);

  auto login = Login(client, email);
  ASSERT_EQ(login.status, 200) << login.body;
  const json tokens = login.json();
  EXPECT_EQ(tokens["token_type"], "bearer");
  EXPECT_EQ(tokens["expires_in"], 1800);
  const auto now = auth::NowSeconds();
  auto access = auth::VerifyJwt(tokens["access_token"].get<std::string>(), kTestSecretKey, auth::kAccessToken, now);
  auto refresh = auth::VerifyJwt(tokens["refresh_token"].get<std::string>(), kTestSecretKey, auth::kRefreshToken, now);
  ASSERT_TRUE(access);
  ASSERT_TRUE(refresh);
  EXPECT_EQ(access->exp - access->iat, 1800);
  EXPECT_EQ(refresh->exp - refresh->iat, 7 * 24 * 3600);
  EXPECT_EQ(access->role, "customer");
  EXPECT_FALSE(access->jti.empty());
  EXPECT_NE(access->jti, refresh->jti);

  auto me = client.Get("/api/auth/me", Bearer(tokens["access_token"]));
  ASSERT_EQ(me.status, 200);
  EXPECT_EQ(me.json()["email"], email);
  EXPECT_EQ(me.json()["is_verified"], true);
  EXPECT_EQ(access->sub, me.json()["id"].get<std::int64_t>());

  auto refreshed = Refresh(client, tokens["refresh_token"]);
  ASSERT_EQ(refreshed.status, 200) << refreshed.body;
  const json rotated = refreshed.json();
  EXPECT_EQ(rotated["token_type"], "bearer");
  EXPECT_NE(rotated["refresh_token"], tokens["refresh_token"]);
  EXPECT_EQ(client.Get("/api/auth/me", Bearer(rotated["access_token"])).status, 200);

  EXPECT_EQ(client.Post("/api/auth/logout", {{"refresh_token", rotated["refresh_token"]}}).status, 204);
  EXPECT_EQ(Refresh(client, rotated["refresh_token"]).status, 401);
}

TEST(AuthLogin, WrongPasswordAndUnknownEmailAnswerAlikeAndTakeAsLong) {
  auto client = AuthApi::client();
  const std::string email = UniqueEmail("timing");
  SignUp(email);
  const auto timed = [&](const std::string& who, const std::string& password) {
    const auto started = Clock::now();
    auto response = Login(client, who, password);
    return std::make_pair(response, Clock::now() - started);
  };
  auto [wrong, wrong_took] = timed(email, "wrong password");
  auto [unknown, unknown_took] = timed(UniqueEmail("unknown"), kPassword);
  EXPECT_EQ(wrong.status, 401);
  EXPECT_EQ(unknown.status, 401);
  EXPECT_EQ(wrong.body, unknown.body);
  EXPECT_EQ(wrong.header("www-authenticate"), "Bearer");
  for (int i = 0; i < 2; ++i) {
    wrong_took = std::min(wrong_took, timed(email, "wrong password").second);
    unknown_took = std::min(unknown_took, timed(UniqueEmail("unknown"), kPassword).second);
  }
  // Both run one bcrypt check of cost 12; an unknown email must not answer faster.
  EXPECT_GT(unknown_took * 2, wrong_took);
  EXPECT_GT(unknown_took, std::chrono::milliseconds(50)) << "bcrypt cost 12 takes far longer than this";
}

TEST(AuthLogin, UnverifiedUserIs403EmailNotVerified) {
  const std::string email = UniqueEmail("unverified");
  ASSERT_EQ(Register(AuthApi::client(), email).status, 201);
  auto response = Login(AuthApi::client(), email);
  EXPECT_EQ(response.status, 403);
  EXPECT_EQ(response.json()["detail"], "Email not verified");
  EXPECT_EQ(Login(AuthApi::client(), email, "wrong password").status, 401) << "the password is checked first";
}

TEST(AuthLogin, InactiveUserIs403AndItsTokensStopWorking) {
  auto client = AuthApi::client();
  const std::string email = UniqueEmail("inactive");
  const json tokens = SignUp(email);
  AuthApi::database().Execute("UPDATE users SET is_active = false WHERE email = " + Quoted(email));

  auto login = Login(client, email);
  EXPECT_EQ(login.status, 403);
  EXPECT_EQ(Refresh(client, tokens["refresh_token"]).status, 401);
  EXPECT_EQ(client.Get("/api/auth/me", Bearer(tokens["access_token"])).status, 401);
}

TEST(AuthLogin, MissingOrMalformedFieldsAre422) {
  auto client = AuthApi::client();
  auto empty = client.Post("/api/auth/login", json::object());
  ASSERT_EQ(empty.status, 422);
  EXPECT_EQ(ErrorLocations(empty), (std::vector<std::string>{"body.email", "body.password"}));
  EXPECT_EQ(client.Post("/api/auth/login", {{"email", "x@example.com"}, {"password", 12345678}}).status, 422);
}

// --- refresh and logout ----------------------------------------------------------------------------

TEST(AuthRefresh, ReusingARotatedTokenRevokesEveryTokenOfThatLogin) {
  auto client = AuthApi::client();
  const std::string email = UniqueEmail("reuse");
  const json first = SignUp(email);
  auto other_login = Login(client, email);
  ASSERT_EQ(other_login.status, 200);

  auto second = Refresh(client, first["refresh_token"]);
  ASSERT_EQ(second.status, 200);
  auto third = Refresh(client, second.json()["refresh_token"]);
  ASSERT_EQ(third.status, 200);

  auto replay = Refresh(client, first["refresh_token"]);
  EXPECT_EQ(replay.status, 401);
  EXPECT_EQ(replay.header("www-authenticate"), "Bearer");
  EXPECT_EQ(Refresh(client, third.json()["refresh_token"]).status, 401) << "the live token of that login is revoked";
  EXPECT_EQ(Refresh(client, other_login.json()["refresh_token"]).status, 200) << "another login is untouched";
}

TEST(AuthRefresh, KeepsOnlyTheDigestOfRefreshTokens) {
  const json tokens = SignUp(UniqueEmail("digest"));
  const std::string refresh = tokens["refresh_token"];
  EXPECT_EQ(
      AuthApi::database().QueryValue("SELECT count(*) FROM refresh_tokens WHERE token_hash = " + DigestSql(refresh)),
      "1");
  EXPECT_EQ(AuthApi::database().QueryValue("SELECT count(*) FROM refresh_tokens WHERE encode(token_hash, 'escape') "
                                           "LIKE '%' || " +
                                           Quoted(refresh.substr(0, 20)) + " || '%'"),
            "0");
}

TEST(AuthRefresh, AccessAndRefreshTokensAreNotInterchangeable) {
  auto client = AuthApi::client();
  const json tokens = SignUp(UniqueEmail("interchange"));
  EXPECT_EQ(Refresh(client, tokens["access_token"]).status, 401);
  auto with_refresh = client.Get("/api/auth/me", Bearer(tokens["refresh_token"]));
  EXPECT_EQ(with_refresh.status, 401);
  EXPECT_EQ(with_refresh.header("www-authenticate"), "Bearer");
}

TEST(AuthRefresh, RejectsForgedUnknownAndMalformedTokens) {
  auto client = AuthApi::client();
  const auto user = CreateUser(AuthApi::database());
  const auto now = auth::NowSeconds();
  const auth::Claims claims{user.id, "customer", std::string(auth::kRefreshToken),
                            now,     now + 600,  crypto::RandomToken(16)};
  // Correctly signed, but never issued: the server keeps every refresh token it issues.
  EXPECT_EQ(Refresh(client, auth::SignJwt(claims, kTestSecretKey)).status, 401);
  EXPECT_EQ(Refresh(client, auth::SignJwt(claims, "some-other-secret-0123456789abcdef")).status, 401);
  const std::string unsigned_token = crypto::Base64UrlEncode(R"({"alg":"none","typ":"JWT"})") + "." +
                                     crypto::Base64UrlEncode(json{
                                         {"sub", std::to_string(user.id)},
                                         {"role", "admin"},
                                         {"type", "refresh"},
                                         {"iat", now},
                                         {"exp", now + 600},
                                         {"jti", "x"}}.dump()) +
                                     ".";
  EXPECT_EQ(Refresh(client, unsigned_token).status, 401);
  EXPECT_EQ(Refresh(client, "garbage").status, 401);
  EXPECT_EQ(client.Post("/api/auth/refresh", json::object()).status, 422);
}

TEST(AuthLogout, RevokesThatRefreshTokenOnly) {
  auto client = AuthApi::client();
  const std::string email = UniqueEmail("logout");
  const json first = SignUp(email);
  auto second = Login(client, email);
  ASSERT_EQ(second.status, 200);

  EXPECT_EQ(client.Post("/api/auth/logout", {{"refresh_token", first["refresh_token"]}}).status, 204);
  EXPECT_EQ(Refresh(client, first["refresh_token"]).status, 401);
  EXPECT_EQ(Refresh(client, second.json()["refresh_token"]).status, 200);
  EXPECT_EQ(client.Post("/api/auth/logout", {{"refresh_token", first["refresh_token"]}}).status, 204)
      << "logging out twice is harmless";
  EXPECT_EQ(client.Post("/api/auth/logout", {{"refresh_token", "whatever"}}).status, 204);
  EXPECT_EQ(client.Post("/api/auth/logout", json::object()).status, 422);
}

// --- me -----------------------------------------------------------------------------------------

TEST(AuthMe, ReturnsTheCallerWithoutSecrets) {
  const auto user = CreateUser(AuthApi::database());
  auto me = AuthApi::client().Get("/api/auth/me", user.auth());
  ASSERT_EQ(me.status, 200);
  EXPECT_EQ(me.json()["id"], user.id);
  EXPECT_EQ(me.json()["email"], user.email);
  EXPECT_FALSE(me.json().contains("hashed_password"));
  EXPECT_FALSE(me.json().contains("password"));
}

TEST(AuthMe, UpdatesTheFullName) {
  const auto user = CreateUser(AuthApi::database());
  auto client = AuthApi::client();
  auto updated = client.Put("/api/auth/me", {{"full_name", "  Grace Hopper  "}}, user.auth());
  ASSERT_EQ(updated.status, 200) << updated.body;
  EXPECT_EQ(updated.json()["full_name"], "Grace Hopper");
  EXPECT_EQ(client.Get("/api/auth/me", user.auth()).json()["full_name"], "Grace Hopper");
  EXPECT_EQ(client.Put("/api/auth/me", {{"full_name", ""}}, user.auth()).status, 422);
  EXPECT_EQ(client.Put("/api/auth/me", {{"full_name", std::string(201, 'n')}}, user.auth()).status, 422);
  EXPECT_EQ(client.Put("/api/auth/me", json::object(), user.auth()).status, 422);
}

TEST(AuthMe, RequiresAValidAccessToken) {
  auto client = AuthApi::client();
  const auto user = CreateUser(AuthApi::database());
  auto anonymous = client.Get("/api/auth/me");
  EXPECT_EQ(anonymous.status, 401);
  EXPECT_EQ(anonymous.header("www-authenticate"), "Bearer");
  EXPECT_EQ(client.Put("/api/auth/me", {{"full_name", "x"}}).status, 401);
  const auto now = auth::NowSeconds();
  const auto expired = auth::SignJwt(
      {user.id, "customer", std::string(auth::kAccessToken), now - 3600, now - 1800, "j"}, kTestSecretKey);
  EXPECT_EQ(client.Get("/api/auth/me", Bearer(expired)).status, 401);
  EXPECT_EQ(client.Get("/api/auth/me", Bearer("not.a.token")).status, 401);
}

TEST(AuthMe, AnAcceptedAccessTokenIsRefusedOnceItExpires) {
  auto client = AuthApi::client();
  const auto user = CreateUser(AuthApi::database());
  const auto now = auth::NowSeconds();
  const auto token = auth::SignJwt({user.id, "customer", std::string(auth::kAccessToken), now, now + 2, "short-lived"},
                                   kTestSecretKey);
  ASSERT_EQ(client.Get("/api/auth/me", Bearer(token)).status, 200);
  ASSERT_EQ(client.Get("/api/auth/me", Bearer(token)).status, 200) << "a token verified before is accepted again";
  while (auth::NowSeconds() < now + 2) std::this_thread::sleep_for(std::chrono::milliseconds(50));
  const auto expired = client.Get("/api/auth/me", Bearer(token));
  EXPECT_EQ(expired.status, 401);
  EXPECT_EQ(expired.json()["detail"], "Token has expired");
}

// --- change-password ------------------------------------------------------------------------------

TEST(AuthChangePassword, ChangesThePasswordAndEndsEverySession) {
  auto client = AuthApi::client();
  const std::string email = UniqueEmail("change");
  const json tokens = SignUp(email);
  const std::string replacement = "a brand new secret";

  auto changed =
      client.Post("/api/auth/change-password", {{"current_password", kPassword}, {"new_password", replacement}},
                  Bearer(tokens["access_token"]));
  ASSERT_EQ(changed.status, 204) << changed.body;
  EXPECT_EQ(Refresh(client, tokens["refresh_token"]).status, 401);
  EXPECT_EQ(Login(client, email).status, 401);
  EXPECT_EQ(Login(client, email, replacement).status, 200);
}

TEST(AuthChangePassword, WrongCurrentPasswordIs400AndWeakNewOneIs422) {
  auto client = AuthApi::client();
  const json tokens = SignUp(UniqueEmail("wrongcurrent"));
  const auto auth = Bearer(tokens["access_token"]);
  auto wrong = client.Post("/api/auth/change-password",
                           {{"current_password", "not my password"}, {"new_password", "another secret"}}, auth);
  EXPECT_EQ(wrong.status, 400);
  EXPECT_TRUE(wrong.json()["detail"].is_string());
  EXPECT_EQ(Refresh(client, tokens["refresh_token"]).status, 200) << "a refused change ends no session";

  auto weak =
      client.Post("/api/auth/change-password", {{"current_password", kPassword}, {"new_password", "short"}}, auth);
  ASSERT_EQ(weak.status, 422);
  EXPECT_EQ(ErrorLocations(weak), (std::vector<std::string>{"body.new_password"}));
  EXPECT_EQ(client.Post("/api/auth/change-password", {{"current_password", kPassword}, {"new_password", "x"}}).status,
            401);
}

// --- forgot-password and reset-password -------------------------------------------------------------

TEST(AuthResetPassword, EmailedLinkSetsANewPasswordOnceAndEndsSessions) {
  auto client = AuthApi::client();
  const std::string email = UniqueEmail("reset");
  const json tokens = SignUp(email);

  auto forgot = client.Post("/api/auth/forgot-password", {{"email", email}});
  ASSERT_EQ(forgot.status, 200);
  EXPECT_TRUE(forgot.json()["message"].is_string());
  const auto messages = AuthApi::sink().WaitForMessages(email, 2);
  ASSERT_EQ(messages.size(), 2u);
  const ParsedMail mail = ParseMail(messages[1].data);
  const std::string token = TokenFromLink(mail.text, "http://shop.test/reset-password");
  ASSERT_GE(token.size(), 22u);
  EXPECT_EQ(TokenFromLink(mail.html, "http://shop.test/reset-password"), token);
  EXPECT_NE(mail.headers.at("subject").find("Harbor Goods"), std::string::npos);
  EXPECT_EQ(
      AuthApi::database().QueryValue(
          "SELECT abs(extract(epoch FROM expires_at - created_at) - 3600) < 2 FROM user_tokens WHERE token_hash = " +
          DigestSql(token)),
      "t");

  const std::string replacement = "reset to this one";
  auto reset = client.Post("/api/auth/reset-password", {{"token", token}, {"new_password", replacement}});
  ASSERT_EQ(reset.status, 200) << reset.body;
  EXPECT_TRUE(reset.json()["message"].is_string());
  EXPECT_EQ(Refresh(client, tokens["refresh_token"]).status, 401);
  EXPECT_EQ(Login(client, email).status, 401);
  EXPECT_EQ(Login(client, email, replacement).status, 200);
  EXPECT_EQ(client.Post("/api/auth/reset-password", {{"token", token}, {"new_password", "yet another one"}}).status,
            400)
      << "single use";
}

TEST(AuthResetPassword, UnknownExpiredOrWrongPurposeTokenIs400) {
  auto client = AuthApi::client();
  EXPECT_EQ(
      client.Post("/api/auth/reset-password", {{"token", crypto::RandomToken()}, {"new_password", kPassword}}).status,
      400);

  const std::string email = UniqueEmail("resetexpired");
  ASSERT_EQ(Register(client, email).status, 201);
  const std::string verification = TokenFromEmail(AuthApi::sink(), email, "/verify-email");
  EXPECT_EQ(client.Post("/api/auth/reset-password", {{"token", verification}, {"new_password", kPassword}}).status,
            400);

  ASSERT_EQ(client.Post("/api/auth/forgot-password", {{"email", email}}).status, 200);
  const std::string token = TokenFromEmail(AuthApi::sink(), email, "/reset-password", 1);
  ASSERT_FALSE(token.empty());
  AuthApi::database().Execute("UPDATE user_tokens SET expires_at = now() - interval '1 second' WHERE token_hash = " +
                              DigestSql(token));
  EXPECT_EQ(client.Post("/api/auth/reset-password", {{"token", token}, {"new_password", kPassword}}).status, 400);

  auto weak = client.Post("/api/auth/reset-password", {{"token", token}, {"new_password", "short"}});
  ASSERT_EQ(weak.status, 422);
  EXPECT_EQ(ErrorLocations(weak), (std::vector<std::string>{"body.new_password"}));
  EXPECT_EQ(ErrorLocations(client.Post("/api/auth/reset-password", json::object())),
            (std::vector<std::string>{"body.token", "body.new_password"}));
}

TEST(AuthForgotPassword, SameAnswerWhetherOrNotTheEmailExists) {
  auto client = AuthApi::client();
  const std::string known = UniqueEmail("forgotknown");
  ASSERT_EQ(Register(client, known).status, 201);
  const std::string unknown = UniqueEmail("forgotunknown");
  auto for_known = client.Post("/api/auth/forgot-password", {{"email", known}});
  auto for_unknown = client.Post("/api/auth/forgot-password", {{"email", unknown}});
  EXPECT_EQ(for_known.status, 200);
  EXPECT_EQ(for_known.body, for_unknown.body);
  EXPECT_EQ(AuthApi::database().QueryValue("SELECT count(*) FROM email_outbox WHERE to_address = " + Quoted(unknown)),
            "0");
  EXPECT_EQ(client.Post("/api/auth/forgot-password", {{"email", "nope"}}).status, 422);
}

// --- rate limits --------------------------------------------------------------------------------------

TEST(AuthRateLimit, LimitsEachEmailWith429AndRetryAfter) {
  TestServer server(AuthApi::database(), SmtpEnv(AuthApi::sink(), {{"AUTH_RATE_LIMIT", "1"}}));
  auto client = server.client();
  const std::vector<std::pair<std::string, std::function<HttpResponse(const std::string&)>>> endpoints = {
      {"login", [&](const std::string& email) { return Login(client, email); }},
      {"register", [&](const std::string& email) { return Register(client, email); }},
      {"forgot",
       [&](const std::string& email) {
         return client.Post("/api/auth/forgot-password", {{"email", email}});
       }},
      {"resend",
       [&](const std::string& email) {
         return client.Post("/api/auth/resend-verification", {{"email", email}});
       }},
  };
  for (const auto& [name, call] : endpoints) {
    const std::string email = UniqueEmail("limited");
    EXPECT_NE(call(email).status, 429) << name;
    auto limited = call(email);
    ASSERT_EQ(limited.status, 429) << name;
    const std::string retry_after = limited.header("retry-after");
    ASSERT_FALSE(retry_after.empty()) << name;
    EXPECT_GE(std::stoi(retry_after), 1) << name;
    EXPECT_LE(std::stoi(retry_after), 60) << name;
    EXPECT_TRUE(limited.json()["detail"].is_string());
  }
  // One allowance per email across the endpoints, whatever the letter case.
  const std::string shared = UniqueEmail("shared");
  EXPECT_EQ(client.Post("/api/auth/forgot-password", {{"email", shared}}).status, 200);
  std::string upper = shared;
  std::transform(upper.begin(), upper.end(), upper.begin(), ::toupper);
  EXPECT_EQ(client.Post("/api/auth/resend-verification", {{"email", upper}}).status, 429);
}

TEST(AuthRateLimit, LimitsEachClientAddressAt30TimesTheRate) {
  TestServer server(AuthApi::database(), SmtpEnv(AuthApi::sink(), {{"AUTH_RATE_LIMIT", "1"}}));
  auto client = server.client();
  const auto started = Clock::now();
  int allowed = 0;
  HttpResponse response;
  for (int attempt = 0; attempt < 100; ++attempt) {
    response = client.Post("/api/auth/forgot-password", {{"email", UniqueEmail("spread")}});
    if (response.status != 200) break;
    ++allowed;
  }
  const double seconds = std::chrono::duration<double>(Clock::now() - started).count();
  ASSERT_EQ(response.status, 429);
  EXPECT_FALSE(response.header("retry-after").empty());
  // 30 at once, plus what refilled meanwhile at 30 per minute.
  EXPECT_GE(allowed, 30);
  EXPECT_LE(allowed, 30 + static_cast<int>(seconds / 2) + 1);
}

TEST(AuthRateLimit, ZeroTurnsTheLimitOff) {
  auto client = AuthApi::client();  // runs with AUTH_RATE_LIMIT=0
  const std::string email = UniqueEmail("unlimited");
  for (int i = 0; i < 40; ++i) {
    ASSERT_EQ(client.Post("/api/auth/forgot-password", {{"email", email}}).status, 200) << i;
  }
}

// --- admin bootstrap ---------------------------------------------------------------------------------

TEST(AuthAdmin, StartUpMakesTheConfiguredAdminAndPromotesAnExistingUser) {
  const std::string fresh = UniqueEmail("bootadmin");
  {
    TestServer server(AuthApi::database(),
                      SmtpEnv(AuthApi::sink(), {{"ADMIN_EMAIL", fresh}, {"ADMIN_PASSWORD", "admin password 1"}}));
    auto login = Login(server.client(), fresh, "admin password 1");
    ASSERT_EQ(login.status, 200) << login.body;
    auto me = server.client().Get("/api/auth/me", Bearer(login.json()["access_token"]));
    EXPECT_EQ(me.json()["role"], "admin");
    EXPECT_EQ(me.json()["is_verified"], true);
  }
  const std::string existing = UniqueEmail("promoted");
  ASSERT_EQ(Register(AuthApi::client(), existing).status, 201);
  AuthApi::database().Execute("UPDATE users SET is_active = false WHERE email = " + Quoted(existing));
  TestServer server(AuthApi::database(),
                    SmtpEnv(AuthApi::sink(), {{"ADMIN_EMAIL", existing}, {"ADMIN_PASSWORD", "admin password 2"}}));
  EXPECT_EQ(Login(server.client(), existing).status, 401) << "the password is the configured one now";
  auto login = Login(server.client(), existing, "admin password 2");
  ASSERT_EQ(login.status, 200) << login.body;
  EXPECT_EQ(AuthApi::database().QueryValue("SELECT role || is_active::text || is_verified::text FROM users WHERE "
                                           "email = " +
                                           Quoted(existing)),
            "admintruetrue");
}

TEST(AuthAdmin, CreateAdminCommandCreatesAnAdminAndBadSettingsStopWithExitCode2) {
  const std::string email = UniqueEmail("cliadmin");
  const std::string prefix = "DATABASE_URL='" + AuthApi::database().url() + "' SECRET_KEY=" + kTestSecretKey +
                             " LOG_LEVEL=warning " + ShopApiPath().string() + " create-admin --email " + email;
  auto [weak_code, weak_output] = RunCommand(prefix + " --password short");
  EXPECT_EQ(weak_code, 2);
  EXPECT_NE(weak_output.find("--password"), std::string::npos) << weak_output;

  auto [serve_code, serve_output] =
      RunCommand("DATABASE_URL='" + AuthApi::database().url() + "' SECRET_KEY=" + kTestSecretKey +
                 " ADMIN_EMAIL=not-an-email ADMIN_PASSWORD='long enough' " + ShopApiPath().string() + " serve");
  EXPECT_EQ(serve_code, 2) << "a bad ADMIN_EMAIL stops start-up";
  EXPECT_NE(serve_output.find("ADMIN_EMAIL"), std::string::npos) << serve_output;

  auto [code, output] = RunCommand(prefix + " --password 'cli admin password'");
  ASSERT_EQ(code, 0) << output;
  auto login = Login(AuthApi::client(), email, "cli admin password");
  ASSERT_EQ(login.status, 200) << login.body;
  auto access = auth::VerifyJwt(login.json()["access_token"].get<std::string>(), kTestSecretKey, auth::kAccessToken,
                                auth::NowSeconds());
  ASSERT_TRUE(access);
  EXPECT_EQ(access->role, "admin");
}

// --- the mail outbox ---------------------------------------------------------------------------------

TEST(AuthMail, MailQueuedWhileSmtpIsDownArrivesOnceItIsBack) {
  TestDatabase database;
  const int port = FreePort();
  TestServer server(database, {{"SMTP_HOST", "127.0.0.1"}, {"SMTP_PORT", std::to_string(port)}, {"SMTP_TLS", "none"}});
  const std::string email = UniqueEmail("outage");
  auto registered = Register(server.client(), email);
  ASSERT_EQ(registered.status, 201) << "an SMTP outage fails no request";

  const auto deadline = Clock::now() + std::chrono::seconds(10);
  while (database.QueryValue("SELECT last_error IS NOT NULL FROM email_outbox") != "t" && Clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  ASSERT_EQ(database.QueryValue("SELECT last_error IS NOT NULL FROM email_outbox"), "t");
  EXPECT_EQ(database.QueryValue("SELECT sent_at IS NULL FROM email_outbox"), "t");

  SmtpSink sink(port);
  const auto messages = sink.WaitForMessages(email, 1, std::chrono::seconds(20));
  ASSERT_EQ(messages.size(), 1u);
  EXPECT_FALSE(TokenFromLink(ParseMail(messages[0].data).text, "/verify-email").empty());
  std::this_thread::sleep_for(std::chrono::milliseconds(1500));
  EXPECT_EQ(sink.MessagesTo(email).size(), 1u) << "delivered once";
  EXPECT_EQ(database.QueryValue("SELECT sent_at IS NOT NULL AND attempts > 1 FROM email_outbox"), "t");
}

TEST(AuthMail, LogsInToTheSmtpServerWhenAUserIsSetAndSendsFromSmtpFrom) {
  TestDatabase database;
  SmtpSink sink;
  TestServer server(
      database,
      SmtpEnv(sink, {{"SMTP_USER", "mailer"}, {"SMTP_PASSWORD", "mail secret"}, {"SMTP_FROM", "orders@harbor.test"}}));
  const std::string email = UniqueEmail("smtpauth");
  ASSERT_EQ(Register(server.client(), email).status, 201);
  const auto messages = sink.WaitForMessages(email);
  ASSERT_EQ(messages.size(), 1u);
  EXPECT_EQ(messages[0].auth_user, "mailer");
  EXPECT_EQ(messages[0].auth_password, "mail secret");
  EXPECT_EQ(messages[0].mail_from, "orders@harbor.test");
  EXPECT_NE(ParseMail(messages[0].data).headers.at("from").find("<orders@harbor.test>"), std::string::npos);
}

TEST(AuthMail, TwoInstancesSendEachQueuedMessageExactlyOnce) {
  TestDatabase database;
  SmtpSink sink;
  TestServer first(database, SmtpEnv(sink));
  TestServer second(database, SmtpEnv(sink));
  constexpr int kMessages = 40;
  const std::string prefix = "twice-" + std::to_string(::getpid()) + "-";
  database.Execute(
      "INSERT INTO email_outbox (kind, to_address, subject, text_body, html_body) "
      "SELECT 'test', '" +
      prefix +
      "' || n || '@example.com', 'Subject ' || n, 'Text ' || n, '<p>HTML</p>' "
      "FROM generate_series(1, " +
      std::to_string(kMessages) + ") AS n");

  const auto deadline = Clock::now() + std::chrono::seconds(20);
  while (database.QueryValue("SELECT count(*) FROM email_outbox WHERE sent_at IS NULL") != "0" &&
         Clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  ASSERT_EQ(database.QueryValue("SELECT count(*) FROM email_outbox WHERE sent_at IS NULL"), "0");
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  for (int n = 1; n <= kMessages; ++n) {
    EXPECT_EQ(sink.MessagesTo(prefix + std::to_string(n) + "@example.com").size(), 1u) << n;
  }
  EXPECT_EQ(database.QueryValue("SELECT max(attempts) FROM email_outbox"), "1");
}

TEST(AuthMail, WritesEmlFilesToTheMailFolderWithoutAnSmtpHost) {
  TestDatabase database;
  TestServer server(database);
  const std::string email = UniqueEmail("eml");
  ASSERT_EQ(Register(server.client(), email).status, 201);

  const auto folder = server.work_dir() / "mail";
  std::string content;
  const auto deadline = Clock::now() + std::chrono::seconds(10);
  while (content.empty() && Clock::now() < deadline) {
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
      if (entry.path().extension() != ".eml") continue;
      std::ifstream in(entry.path(), std::ios::binary);
      content.assign(std::istreambuf_iterator<char>(in), {});
    }
    if (content.empty()) std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  ASSERT_FALSE(content.empty()) << "no .eml file in " << folder;
  const ParsedMail mail = ParseMail(content);
  for (const char* header : {"date", "message-id", "from", "to", "subject", "mime-version"}) {
    EXPECT_TRUE(mail.headers.contains(header)) << header;
  }
  EXPECT_TRUE(mail.headers.at("content-type").starts_with("multipart/alternative"));
  EXPECT_NE(content.find("/verify-email?token="), std::string::npos) << "the link is greppable in the file";
  EXPECT_NE(content.find("Content-Type: text/plain"), std::string::npos);
  EXPECT_NE(content.find("Content-Type: text/html"), std::string::npos);
  EXPECT_NE(mail.html.find("/verify-email?token="), std::string::npos);
  const std::string token = TokenFromLink(mail.text, "http://shop.test/verify-email");
  EXPECT_EQ(server.client().Get("/api/auth/verify-email?token=" + token).status, 200);
  EXPECT_EQ(database.QueryValue("SELECT sent_at IS NOT NULL FROM email_outbox"), "t");
}

}  // namespace
}  // namespace shop::testing

// Accounts attacked over real HTTP: forged, expired, swapped and malformed tokens; tokens that
// must die with a logout, a password change, a reset or a deactivation; links that must die with
// a reset; rate limits that a made-up X-Forwarded-For cannot dodge; account enumeration through
// forgot-password and resend-verification; role escalation through request bodies; and one
// customer reaching for another's account.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>

#include "auth/jwt.hpp"
#include "common/crypto.hpp"
#include "support/accounts.hpp"
#include "support/smtp_sink.hpp"
#include "support/test_server.hpp"

namespace shop::testing {
namespace {

using nlohmann::json;

constexpr const char* kPassword = "correct horse 1";

TestDatabase& AttackDatabase() {
  static TestDatabase database;
  return database;
}

// The suite's own database, SMTP sink and server (no rate limit, no trusted proxy). The server
// applies the migrations, so the database has its schema once it is handed out.
struct AttackApi {
  static TestDatabase& database() {
    server();
    return AttackDatabase();
  }
  static SmtpSink& sink() {
    static SmtpSink sink;
    return sink;
  }
  static TestServer& server() {
    static TestServer server(AttackDatabase(), SmtpEnv(sink()));
    return server;
  }
  static HttpClient client() { return server().client(); }
};

std::string Quoted(const std::string& text) { return "'" + text + "'"; }

HttpResponse Register(const HttpClient& client, const std::string& email) {
  return client.Post("/api/auth/register", {{"email", email}, {"password", kPassword}, {"full_name", "Test Person"}});
}

HttpResponse Login(const HttpClient& client, const std::string& email, const std::string& password = kPassword,
                   const Headers& headers = {}) {
  return client.Post("/api/auth/login", {{"email", email}, {"password", password}}, headers);
}

HttpResponse Me(const std::string& access_token) {
  return AttackApi::client().Get("/api/auth/me", Bearer(access_token));
}

// The token of the `index`-th email to `email` whose link contains `path`.
std::string TokenFromEmail(const std::string& email, const std::string& path, std::size_t index = 0) {
  const auto messages = AttackApi::sink().WaitForMessages(email, index + 1);
  if (messages.size() <= index) {
    ADD_FAILURE() << "no email " << index << " to " << email;
    return "";
  }
  return TokenFromLink(ParseMail(messages[index].data).text, path);
}

// Registers, verifies through the emailed link and returns the login's token pair.
json SignUp(const std::string& email) {
  auto client = AttackApi::client();
  EXPECT_EQ(Register(client, email).status, 201);
  EXPECT_EQ(client.Get("/api/auth/verify-email?token=" + TokenFromEmail(email, "/verify-email")).status, 200);
  auto login = Login(client, email);
  EXPECT_EQ(login.status, 200) << login.body;
  return login.json();
}

// A 401 as API.md has it: {"detail": "..."} and nothing else, with WWW-Authenticate: Bearer.
void ExpectUnauthenticated(const HttpResponse& response, const std::string& what) {
  EXPECT_EQ(response.status, 401) << what << ": " << response.body;
  EXPECT_EQ(response.header("www-authenticate"), "Bearer") << what;
  const json body = json::parse(response.body, nullptr, false);
  EXPECT_TRUE(body.is_object() && body.size() == 1 && body.contains("detail") && body["detail"].is_string())
      << what << ": " << response.body;
}

// header.payload.signature from raw JSON texts, signed with HS256 under `secret`.
std::string SignRaw(const std::string& header, const std::string& payload, const std::string& secret) {
  const std::string input = crypto::Base64UrlEncode(header) + "." + crypto::Base64UrlEncode(payload);
  return input + "." + crypto::Base64UrlEncode(crypto::HmacSha256(secret, input));
}

json AccessClaims(std::int64_t user_id, const std::string& role = "customer") {
  const auto now = auth::NowSeconds();
  return {{"sub", std::to_string(user_id)},
          {"role", role},
          {"type", "access"},
          {"iat", now},
          {"exp", now + 600},
          {"jti", crypto::Hex(crypto::RandomToken(8))}};
}

constexpr const char* kHs256Header = R"({"alg":"HS256","typ":"JWT"})";

// Waits (bounded) until `sql` yields `expected`; returns the last value read.
std::string WaitForValue(const TestDatabase& database, const std::string& sql, const std::string& expected) {
  std::string value;
  for (int attempt = 0; attempt < 750; ++attempt) {
    value = database.QueryValue(sql);
    if (value == expected) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return value;
}

// --- JWT -------------------------------------------------------------------------------------------

TEST(AuthAttackJwt, AlgNoneIsRejectedWith401) {
  const auto user = CreateUser(AttackApi::database());
  const std::string payload = AccessClaims(user.id, "admin").dump();
  for (const std::string alg : {"none", "None", "NONE", "nOnE"}) {
    const std::string header = crypto::Base64UrlEncode(R"({"alg":")" + alg + R"(","typ":"JWT"})");
    const std::string unsigned_token = header + "." + crypto::Base64UrlEncode(payload) + ".";
    ExpectUnauthenticated(Me(unsigned_token), "alg " + alg);
    ExpectUnauthenticated(AttackApi::client().Get("/api/admin/users", Bearer(unsigned_token)), "admin, alg " + alg);
    const std::string with_signature = SignRaw(R"({"alg":")" + alg + R"(","typ":"JWT"})", payload, kTestSecretKey);
    ExpectUnauthenticated(Me(with_signature), "signed, alg " + alg);
  }
}

TEST(AuthAttackJwt, Hs256SignedWithAnotherKeyIs401) {
  const auto user = CreateUser(AttackApi::database());
  const auto now = auth::NowSeconds();
  const auth::Claims claims{user.id, "customer", std::string(auth::kAccessToken), now, now + 600, "other-key"};
  ExpectUnauthenticated(Me(auth::SignJwt(claims, "another-secret-key-0123456789abcdef0123")), "another key");
  ExpectUnauthenticated(Me(auth::SignJwt(claims, "")), "empty key");
  ASSERT_EQ(Me(auth::SignJwt(claims, kTestSecretKey)).status, 200) << "the same claims under the server's key pass";
}

TEST(AuthAttackJwt, ExpiredTokenIs401) {
  const auto user = CreateUser(AttackApi::database());
  const auto now = auth::NowSeconds();
  ExpectUnauthenticated(
      Me(auth::SignJwt({user.id, "customer", std::string(auth::kAccessToken), now - 1900, now - 100, "old"},
                       kTestSecretKey)),
      "expired");
  ExpectUnauthenticated(
      Me(auth::SignJwt({user.id, "customer", std::string(auth::kAccessToken), now - 1800, now, "now"}, kTestSecretKey)),
      "expiring this second");
}

TEST(AuthAttackJwt, RefreshTokenIsNoAccessTokenAndTheReverse) {
  const json tokens = SignUp(UniqueEmail("swap"));
  ExpectUnauthenticated(Me(tokens["refresh_token"]), "refresh token as access token");
  ExpectUnauthenticated(AttackApi::client().Post("/api/auth/refresh", {{"refresh_token", tokens["access_token"]}}),
                        "access token as refresh token");
  EXPECT_EQ(Me(tokens["access_token"]).status, 200);
}

TEST(AuthAttackJwt, TokenOfADeletedUserIs401) {
  const auto user = CreateUser(AttackApi::database());
  AttackApi::database().Execute("DELETE FROM users WHERE id = " + std::to_string(user.id));
  ExpectUnauthenticated(Me(user.token), "deleted user");
}

TEST(AuthAttackJwt, TokenOfADeactivatedUserIs401) {
  const auto admin = CreateUser(AttackApi::database(), "admin");
  const auto user = CreateUser(AttackApi::database());
  ASSERT_EQ(Me(user.token).status, 200);
  auto deactivated =
      AttackApi::client().Put("/api/admin/users/" + std::to_string(user.id), {{"is_active", false}}, admin.auth());
  ASSERT_EQ(deactivated.status, 200) << deactivated.body;
  ExpectUnauthenticated(Me(user.token), "deactivated user");
}

TEST(AuthAttackJwt, TamperedPayloadIs401) {
  const auto user = CreateUser(AttackApi::database());
  const auto other = CreateUser(AttackApi::database());
  const std::string token = user.token;
  const auto first = token.find('.');
  const auto last = token.rfind('.');
  for (const json& payload : {AccessClaims(other.id), AccessClaims(user.id, "admin")}) {
    const std::string forged =
        token.substr(0, first + 1) + crypto::Base64UrlEncode(payload.dump()) + token.substr(last);
    ExpectUnauthenticated(Me(forged), "payload " + payload.dump());
  }
  std::string flipped = token;
  flipped[first + 5] = flipped[first + 5] == 'A' ? 'B' : 'A';
  ExpectUnauthenticated(Me(flipped), "one letter of the payload changed");
  ExpectUnauthenticated(Me(token.substr(0, last)), "no signature part");
}

TEST(AuthAttackJwt, MalformedTokensAre401NeverA500) {
  const auto user = CreateUser(AttackApi::database());
  const std::string claims = AccessClaims(user.id).dump();
  std::vector<std::string> tokens = {
      "eyJhbGciOjF9.e30.AA",  // {"alg":1}.{}
      "eyJhbGciOm51bGx9.e30.AA",
      crypto::Base64UrlEncode("[1,2]") + ".e30.AA",
      crypto::Base64UrlEncode("\"HS256\"") + ".e30.AA",
      crypto::Base64UrlEncode("{") + ".e30.AA",
      "..",
      "...",
      "a.b.c.d",
      ".e30.",
      "%%%.%%%.%%%",
      std::string(2000, 'A') + "." + std::string(2000, 'B') + ".C",
  };
  // Correctly signed, with a header or claims of the wrong types.
  for (const std::string header : {R"({"alg":1})", R"({"alg":null})", R"({"alg":["HS256"]})", R"({"alg":{}})",
                                   R"({"alg":true})", R"({"alg":"HS256","crit":["exp"],"typ":7})"}) {
    tokens.push_back(SignRaw(header, claims, kTestSecretKey));
  }
  json base = AccessClaims(user.id);
  for (const auto& [name, value] : std::vector<std::pair<std::string, json>>{{"sub", user.id},
                                                                             {"sub", "12abc"},
                                                                             {"sub", ""},
                                                                             {"sub", "99999999999999999999999"},
                                                                             {"exp", "9999999999"},
                                                                             {"exp", 1.5e300},
                                                                             {"iat", nullptr},
                                                                             {"type", 1},
                                                                             {"role", json::array()},
                                                                             {"jti", json::object()}}) {
    json payload = base;
    payload[name] = value;
    tokens.push_back(SignRaw(kHs256Header, payload.dump(), kTestSecretKey));
  }
  tokens.push_back(SignRaw(kHs256Header, "[]", kTestSecretKey));
  tokens.push_back(SignRaw(kHs256Header, "not json", kTestSecretKey));
  for (const auto& token : tokens) {
    ExpectUnauthenticated(Me(token), token.substr(0, 80));
    ExpectUnauthenticated(AttackApi::client().Post("/api/auth/refresh", {{"refresh_token", token}}),
                          "refresh " + token.substr(0, 80));
  }
}

// --- access tokens end with the session -------------------------------------------------------------

TEST(AuthAttackRevocation, LogoutEndsTheAccessTokenAtOnce) {
  auto client = AttackApi::client();
  const std::string email = UniqueEmail("logout");
  const json tokens = SignUp(email);
  ASSERT_EQ(Me(tokens["access_token"]).status, 200);
  ASSERT_EQ(client.Post("/api/auth/logout", {{"refresh_token", tokens["refresh_token"]}}).status, 204);
  ExpectUnauthenticated(Me(tokens["access_token"]), "after logout");
  auto again = Login(client, email);
  ASSERT_EQ(again.status, 200);
  EXPECT_EQ(Me(again.json()["access_token"]).status, 200) << "a login right after the logout works";
}

TEST(AuthAttackRevocation, PasswordChangeEndsEveryAccessTokenOfTheUser) {
  auto client = AttackApi::client();
  const std::string email = UniqueEmail("change");
  const json first = SignUp(email);
  auto second = Login(client, email);
  ASSERT_EQ(second.status, 200);
  ASSERT_EQ(Me(first["access_token"]).status, 200) << Me(first["access_token"]).body << first.dump();
  ASSERT_EQ(Me(second.json()["access_token"]).status, 200);

  const std::string replacement = "a brand new secret";
  ASSERT_EQ(client
                .Post("/api/auth/change-password", {{"current_password", kPassword}, {"new_password", replacement}},
                      Bearer(first["access_token"]))
                .status,
            204);
  ExpectUnauthenticated(Me(first["access_token"]), "the token that changed the password");
  ExpectUnauthenticated(Me(second.json()["access_token"]), "another login's token");
  auto fresh = Login(client, email, replacement);
  ASSERT_EQ(fresh.status, 200);
  EXPECT_EQ(Me(fresh.json()["access_token"]).status, 200);
}

TEST(AuthAttackRevocation, PasswordResetEndsEveryAccessTokenOfTheUser) {
  auto client = AttackApi::client();
  const std::string email = UniqueEmail("reset");
  const json tokens = SignUp(email);
  ASSERT_EQ(Me(tokens["access_token"]).status, 200);
  ASSERT_EQ(client.Post("/api/auth/forgot-password", {{"email", email}}).status, 200);
  const std::string reset = TokenFromEmail(email, "/reset-password", 1);
  ASSERT_EQ(client.Post("/api/auth/reset-password", {{"token", reset}, {"new_password", "reset and renewed"}}).status,
            200);
  ExpectUnauthenticated(Me(tokens["access_token"]), "after reset");
}

TEST(AuthAttackRevocation, DeactivationEndsAccessTokensForGood) {
  const auto admin = CreateUser(AttackApi::database(), "admin");
  auto client = AttackApi::client();
  const std::string email = UniqueEmail("deactivated");
  const json tokens = SignUp(email);
  ASSERT_EQ(Me(tokens["access_token"]).status, 200);
  const std::string id = std::to_string(Me(tokens["access_token"]).json()["id"].get<std::int64_t>());
  ASSERT_EQ(client.Put("/api/admin/users/" + id, {{"is_active", false}}, admin.auth()).status, 200);
  ExpectUnauthenticated(Me(tokens["access_token"]), "deactivated");
  ASSERT_EQ(client.Put("/api/admin/users/" + id, {{"is_active", true}}, admin.auth()).status, 200);
  ExpectUnauthenticated(Me(tokens["access_token"]), "a token from before the deactivation, after reactivation");
  auto again = Login(client, email);
  ASSERT_EQ(again.status, 200);
  EXPECT_EQ(Me(again.json()["access_token"]).status, 200);
}

// --- emailed links end with a reset or a password change ---------------------------------------------

TEST(AuthAttackLinks, AResetEndsEveryOtherResetLinkOfTheUser) {
  auto client = AttackApi::client();
  const std::string email = UniqueEmail("links");
  SignUp(email);
  for (int i = 0; i < 3; ++i) ASSERT_EQ(client.Post("/api/auth/forgot-password", {{"email", email}}).status, 200);
  const std::string first = TokenFromEmail(email, "/reset-password", 1);
  const std::string second = TokenFromEmail(email, "/reset-password", 2);
  const std::string third = TokenFromEmail(email, "/reset-password", 3);
  ASSERT_EQ(client.Post("/api/auth/reset-password", {{"token", second}, {"new_password", "the second link"}}).status,
            200);
  for (const auto& older : {first, third}) {
    auto refused = client.Post("/api/auth/reset-password", {{"token", older}, {"new_password", "an older link"}});
    EXPECT_EQ(refused.status, 400) << refused.body;
  }
  EXPECT_EQ(Login(client, email, "the second link").status, 200);
}

TEST(AuthAttackLinks, APasswordChangeEndsEveryResetLinkOfTheUser) {
  auto client = AttackApi::client();
  const std::string email = UniqueEmail("changelinks");
  const json tokens = SignUp(email);
  ASSERT_EQ(client.Post("/api/auth/forgot-password", {{"email", email}}).status, 200);
  const std::string reset = TokenFromEmail(email, "/reset-password", 1);
  ASSERT_EQ(
      client
          .Post("/api/auth/change-password", {{"current_password", kPassword}, {"new_password", "changed meanwhile"}},
                Bearer(tokens["access_token"]))
          .status,
      204);
  EXPECT_EQ(client.Post("/api/auth/reset-password", {{"token", reset}, {"new_password", "stolen link"}}).status, 400);
  EXPECT_EQ(Login(client, email, "changed meanwhile").status, 200);
}

TEST(AuthAttackLinks, AResetEndsTheVerificationLinks) {
  auto client = AttackApi::client();
  const std::string email = UniqueEmail("verifylinks");
  ASSERT_EQ(Register(client, email).status, 201);
  const std::string verify = TokenFromEmail(email, "/verify-email");
  ASSERT_EQ(client.Post("/api/auth/forgot-password", {{"email", email}}).status, 200);
  const std::string reset = TokenFromEmail(email, "/reset-password", 1);
  ASSERT_EQ(client.Post("/api/auth/reset-password", {{"token", reset}, {"new_password", "verified by reset"}}).status,
            200);
  EXPECT_EQ(client.Get("/api/auth/verify-email?token=" + verify).status, 400);
  EXPECT_EQ(Login(client, email, "verified by reset").status, 200) << "the reset link proved the address";
}

// --- change-password is rate limited ------------------------------------------------------------------

TEST(AuthAttackRateLimit, ChangePasswordIsLimitedPerUserWith429AndRetryAfter) {
  TestServer server(AttackApi::database(), SmtpEnv(AttackApi::sink(), {{"AUTH_RATE_LIMIT", "2"}}));
  auto client = server.client();
  const auto user = CreateUser(AttackApi::database());
  const json guess = {{"current_password", "guess number one"}, {"new_password", "whatever it is"}};
  EXPECT_EQ(client.Post("/api/auth/change-password", guess, user.auth()).status, 400);
  EXPECT_EQ(client.Post("/api/auth/change-password", guess, user.auth()).status, 400);
  auto limited = client.Post("/api/auth/change-password", guess, user.auth());
  ASSERT_EQ(limited.status, 429) << limited.body;
  ASSERT_FALSE(limited.header("retry-after").empty());
  EXPECT_GE(std::stoi(limited.header("retry-after")), 1);
  EXPECT_LE(std::stoi(limited.header("retry-after")), 60);
  EXPECT_TRUE(limited.json()["detail"].is_string());
  const auto other = CreateUser(AttackApi::database());
  EXPECT_EQ(client.Post("/api/auth/change-password", guess, other.auth()).status, 400)
      << "another user has an allowance of their own";
}

TEST(AuthAttackRateLimit, ChangePasswordIsLimitedPerClientAddress) {
  TestServer server(AttackApi::database(), SmtpEnv(AttackApi::sink(), {{"AUTH_RATE_LIMIT", "1"}}));
  auto client = server.client();
  const json guess = {{"current_password", "a guess"}, {"new_password", "whatever it is"}};
  int allowed = 0;
  HttpResponse response;
  for (int attempt = 0; attempt < 60; ++attempt) {
    response = client.Post("/api/auth/change-password", guess, CreateUser(AttackApi::database()).auth());
    if (response.status != 400) break;
    ++allowed;
  }
  ASSERT_EQ(response.status, 429) << response.body;
  EXPECT_FALSE(response.header("retry-after").empty());
  EXPECT_GE(allowed, 30);
  EXPECT_LT(allowed, 60);
}

// --- account enumeration --------------------------------------------------------------------------------

// What a client can observe of an answer: status, headers (but the date and the request id) and body.
std::string Observable(const HttpResponse& response) {
  std::string text = std::to_string(response.status) + "\n";
  for (const auto& [name, value] : response.headers) {
    if (name != "date" && name != "x-request-id") text += name + ": " + value + "\n";
  }
  return text + response.body;
}

// The ask recorded for `email`: "<purpose>,<processed>" per row, in order.
std::string RecordedAsks(const std::string& email) {
  return AttackApi::database().QueryValue(
      "SELECT coalesce(string_agg(purpose || ',' || (processed_at IS NOT NULL), ';' ORDER BY id), '') "
      "FROM account_mail_requests WHERE email = " +
      Quoted(email));
}

std::string OutboxCount(const std::string& email, const std::string& kind) {
  return AttackApi::database().QueryValue("SELECT count(*) FROM email_outbox WHERE to_address = " + Quoted(email) +
                                          " AND kind = " + Quoted(kind));
}

TEST(AuthAttackEnumeration, ForgotPasswordDoesTheSameForKnownAndUnknownEmails) {
  auto client = AttackApi::client();
  const std::string known = UniqueEmail("forgot-known");
  SignUp(known);
  const std::string unknown = UniqueEmail("forgot-unknown");
  const auto for_known = client.Post("/api/auth/forgot-password", {{"email", known}});
  const auto for_unknown = client.Post("/api/auth/forgot-password", {{"email", unknown}});
  ASSERT_EQ(for_known.status, 200);
  EXPECT_EQ(Observable(for_known), Observable(for_unknown));

  // The request path records the ask, nothing else; the mailer decides afterwards.
  EXPECT_EQ(WaitForValue(AttackApi::database(),
                         "SELECT count(*) FROM account_mail_requests WHERE processed_at IS NULL AND email IN (" +
                             Quoted(known) + ", " + Quoted(unknown) + ")",
                         "0"),
            "0");
  EXPECT_EQ(RecordedAsks(known), "reset_password,true");
  EXPECT_EQ(RecordedAsks(unknown), "reset_password,true");
  EXPECT_FALSE(TokenFromEmail(known, "/reset-password", 1).empty());
  EXPECT_EQ(OutboxCount(unknown, "reset_password"), "0");
}

TEST(AuthAttackEnumeration, ResendVerificationDoesTheSameForEveryEmail) {
  auto client = AttackApi::client();
  const std::string unverified = UniqueEmail("resend-unverified");
  ASSERT_EQ(Register(client, unverified).status, 201);
  const std::string verified = UniqueEmail("resend-verified");
  SignUp(verified);
  const std::string unknown = UniqueEmail("resend-unknown");

  const auto for_unverified = client.Post("/api/auth/resend-verification", {{"email", unverified}});
  const auto for_verified = client.Post("/api/auth/resend-verification", {{"email", verified}});
  const auto for_unknown = client.Post("/api/auth/resend-verification", {{"email", unknown}});
  ASSERT_EQ(for_unverified.status, 200);
  EXPECT_EQ(Observable(for_unverified), Observable(for_verified));
  EXPECT_EQ(Observable(for_unverified), Observable(for_unknown));

  EXPECT_EQ(WaitForValue(AttackApi::database(),
                         "SELECT count(*) FROM account_mail_requests WHERE processed_at IS NULL AND email IN (" +
                             Quoted(unverified) + ", " + Quoted(verified) + ", " + Quoted(unknown) + ")",
                         "0"),
            "0");
  for (const auto& email : {unverified, verified, unknown}) EXPECT_EQ(RecordedAsks(email), "verify_email,true");
  const std::string resent = TokenFromEmail(unverified, "/verify-email", 1);
  EXPECT_EQ(client.Get("/api/auth/verify-email?token=" + resent).status, 200);
  EXPECT_EQ(OutboxCount(verified, "verify_email"), "1") << "only the one of the sign-up";
  EXPECT_EQ(OutboxCount(unknown, "verify_email"), "0");
}

TEST(AuthAttackEnumeration, AnInactiveAccountGetsNoResetLink) {
  auto client = AttackApi::client();
  const std::string email = UniqueEmail("forgot-inactive");
  SignUp(email);
  AttackApi::database().Execute("UPDATE users SET is_active = false WHERE email = " + Quoted(email));
  ASSERT_EQ(client.Post("/api/auth/forgot-password", {{"email", email}}).status, 200);
  EXPECT_EQ(
      WaitForValue(AttackApi::database(),
                   "SELECT count(*) FROM account_mail_requests WHERE processed_at IS NULL AND email = " + Quoted(email),
                   "0"),
      "0");
  EXPECT_EQ(OutboxCount(email, "reset_password"), "0");
}

TEST(AuthAttackEnumeration, EveryAskIsMailedOnceWhateverInstanceTakesIt) {
  const std::string email = UniqueEmail("asks");
  SignUp(email);
  TestServer second(AttackDatabase(), SmtpEnv(AttackApi::sink()));
  // Asks recorded straight in the table, as another instance (or one that crashed) would leave
  // them: both mailers find them by polling, and each ask is taken by one of them only.
  AttackApi::database().Execute("INSERT INTO account_mail_requests (purpose, email) SELECT 'reset_password', " +
                                Quoted(email) + " FROM generate_series(1, 30)");
  EXPECT_EQ(
      WaitForValue(AttackApi::database(),
                   "SELECT count(*) FROM account_mail_requests WHERE processed_at IS NULL AND email = " + Quoted(email),
                   "0"),
      "0");
  EXPECT_EQ(OutboxCount(email, "reset_password"), "30");
}

// --- client address -----------------------------------------------------------------------------------

// Password-reset asks for distinct unknown emails until one is refused; returns how many were
// allowed and the refusal (or the last answer after `limit` attempts). `forwarded_for` makes each
// X-Forwarded-For. The ask is the cheapest rate-limited route (no bcrypt), so the run ends well
// before the per-address bucket refills noticeably, however busy the machine.
std::pair<int, HttpResponse> AsksUntilRefused(const HttpClient& client,
                                              const std::function<std::string(int)>& forwarded_for, int limit = 45) {
  int allowed = 0;
  HttpResponse response;
  for (int attempt = 0; attempt < limit; ++attempt) {
    response = client.Post("/api/auth/forgot-password", {{"email", UniqueEmail("spoof")}},
                           {{"X-Forwarded-For", forwarded_for(attempt)}});
    if (response.status == 429) break;
    ++allowed;
  }
  return {allowed, response};
}

std::string MadeUpAddress(int n) { return "203.0.113." + std::to_string(n % 250 + 1); }

TEST(AuthAttackClientAddress, WithoutTrustedProxiesAMadeUpForwardedForIsIgnored) {
  TestServer server(AttackApi::database(), SmtpEnv(AttackApi::sink(), {{"AUTH_RATE_LIMIT", "1"}}));
  const auto [allowed, refused] = AsksUntilRefused(server.client(), MadeUpAddress);
  ASSERT_EQ(refused.status, 429) << "every login counted against the real peer, whatever X-Forwarded-For said";
  EXPECT_FALSE(refused.header("retry-after").empty());
  EXPECT_GE(allowed, 30);
  EXPECT_LT(allowed, 45);
}

TEST(AuthAttackClientAddress, BehindATrustedProxyASpoofedChainCannotChooseTheAddress) {
  TestServer server(AttackApi::database(),
                    SmtpEnv(AttackApi::sink(), {{"AUTH_RATE_LIMIT", "1"}, {"TRUSTED_PROXIES", "127.0.0.1, ::1"}}));
  auto client = server.client();
  // The client made up the left part; the trusted proxy appended the address it saw.
  const auto [allowed, refused] = AsksUntilRefused(client, [](int n) { return MadeUpAddress(n) + ", 198.51.100.7"; });
  ASSERT_EQ(refused.status, 429);
  EXPECT_GE(allowed, 30);
  EXPECT_LT(allowed, 45);
  EXPECT_EQ(Login(client, UniqueEmail("spoof"), kPassword, {{"X-Forwarded-For", "198.51.100.7, 127.0.0.1"}}).status,
            429)
      << "a trusted hop is skipped: the client is still 198.51.100.7";
  EXPECT_EQ(Login(client, UniqueEmail("spoof"), kPassword, {{"X-Forwarded-For", "198.51.100.8"}}).status, 401)
      << "another client behind the proxy keeps its own allowance";
  EXPECT_EQ(Login(client, UniqueEmail("spoof"), kPassword, {{"X-Forwarded-For", "not-an-address"}}).status, 401)
      << "garbage from the proxy is the proxy's own address";
}

// --- role escalation ---------------------------------------------------------------------------------

TEST(AuthAttackEscalation, RegisterIgnoresRoleAndStatusFields) {
  auto client = AttackApi::client();
  const std::string email = UniqueEmail("escalate");
  auto response = client.Post("/api/auth/register", {{"email", email},
                                                     {"password", kPassword},
                                                     {"full_name", "Mallory"},
                                                     {"role", "admin"},
                                                     {"is_admin", true},
                                                     {"is_verified", true},
                                                     {"is_active", false},
                                                     {"id", 1}});
  ASSERT_EQ(response.status, 201) << response.body;
  const json user = response.json();
  EXPECT_EQ(user["role"], "customer");
  EXPECT_EQ(user["is_verified"], false);
  EXPECT_EQ(user["is_active"], true);
  EXPECT_NE(user["id"], 1);
  EXPECT_EQ(AttackApi::database().QueryValue("SELECT role || ',' || is_verified || ',' || is_active FROM users WHERE "
                                             "email = " +
                                             Quoted(email)),
            "customer,false,true");
  EXPECT_EQ(Login(client, email).status, 403) << "still unverified";
}

TEST(AuthAttackEscalation, PutMeIgnoresEverythingButTheName) {
  auto client = AttackApi::client();
  const auto user = CreateUser(AttackApi::database());
  AttackApi::database().Execute("UPDATE users SET is_verified = false WHERE id = " + std::to_string(user.id));
  auto response = client.Put("/api/auth/me",
                             {{"full_name", "Still A Customer"},
                              {"role", "admin"},
                              {"is_admin", true},
                              {"is_verified", true},
                              {"is_active", false},
                              {"email", UniqueEmail("taken-over")},
                              {"id", user.id + 1000}},
                             user.auth());
  ASSERT_EQ(response.status, 200) << response.body;
  EXPECT_EQ(response.json()["role"], "customer");
  EXPECT_EQ(response.json()["email"], user.email);
  EXPECT_EQ(response.json()["id"], user.id);
  EXPECT_EQ(response.json()["full_name"], "Still A Customer");
  EXPECT_EQ(AttackApi::database().QueryValue("SELECT role || ',' || is_verified || ',' || is_active || ',' || email "
                                             "FROM users WHERE id = " +
                                             std::to_string(user.id)),
            "customer,false,true," + user.email);
  EXPECT_EQ(client.Get("/api/admin/users", user.auth()).status, 403);
}

// --- one customer and another's account --------------------------------------------------------------

TEST(AuthAttackAccounts, ACustomerCannotReadOrChangeAnotherAccount) {
  auto client = AttackApi::client();
  const auto mallory = CreateUser(AttackApi::database());
  const auto victim = CreateUser(AttackApi::database());
  const std::string victim_path = "/api/admin/users/" + std::to_string(victim.id);

  EXPECT_EQ(client.Get("/api/admin/users", mallory.auth()).status, 403);
  EXPECT_EQ(client.Get("/api/admin/users?search=" + victim.email, mallory.auth()).status, 403);
  EXPECT_EQ(client.Put(victim_path, {{"is_active", false}}, mallory.auth()).status, 403);
  EXPECT_EQ(client.Put(victim_path, {{"role", "customer"}}, mallory.auth()).status, 403);
  EXPECT_EQ(client.Put("/api/admin/users/" + std::to_string(mallory.id), {{"role", "admin"}}, mallory.auth()).status,
            403);
  EXPECT_EQ(AttackApi::database().QueryValue("SELECT is_active FROM users WHERE id = " + std::to_string(victim.id)),
            "t");
  EXPECT_EQ(AttackApi::database().QueryValue("SELECT role FROM users WHERE id = " + std::to_string(mallory.id)),
            "customer");

  // /me is the caller's, whatever the request names.
  auto me = client.Get("/api/auth/me?id=" + std::to_string(victim.id), mallory.auth());
  ASSERT_EQ(me.status, 200);
  EXPECT_EQ(me.json()["id"], mallory.id);
  ASSERT_EQ(client.Put("/api/auth/me", {{"full_name", "Renamed"}, {"id", victim.id}}, mallory.auth()).status, 200);
  EXPECT_EQ(AttackApi::database().QueryValue("SELECT full_name FROM users WHERE id = " + std::to_string(victim.id)),
            "Test User");
  auto change = client.Post("/api/auth/change-password",
                            {{"current_password", "x"}, {"new_password", "whatever it is"}, {"user_id", victim.id}},
                            mallory.auth());
  EXPECT_EQ(change.status, 400) << "checked against the caller's own password";
}

}  // namespace
}  // namespace shop::testing

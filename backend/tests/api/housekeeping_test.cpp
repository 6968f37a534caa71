// Housekeeping over the real server: what has outlived its use is deleted at start-up, what is
// still live is kept.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "support/accounts.hpp"
#include "support/test_server.hpp"

namespace shop::testing {
namespace {

std::string Count(const TestDatabase& database, const std::string& table, const std::string& where) {
  return database.QueryValue("SELECT count(*) FROM " + table + " WHERE " + where);
}

TEST(Housekeeping, DeletesExpiredTokensKeysAndOldMailAtStartUp) {
  TestDatabase database;
  { TestServer migrate(database); }  // creates the schema
  const auto user = CreateUser(database);
  const auto id = std::to_string(user.id);
  database.Execute(
      "INSERT INTO refresh_tokens (user_id, family_id, token_hash, expires_at) VALUES "
      "(" +
      id +
      ", gen_random_uuid(), 'old-refresh', now() - interval '3 days'),"
      "(" +
      id +
      ", gen_random_uuid(), 'live-refresh', now() + interval '3 days');"
      "INSERT INTO user_tokens (user_id, purpose, token_hash, expires_at) VALUES "
      "(" +
      id +
      ", 'verify_email', 'old-verify', now() - interval '2 days'),"
      "(" +
      id +
      ", 'reset_password', 'live-reset', now() + interval '1 hour');"
      "INSERT INTO idempotency_keys (user_id, key, request_hash, created_at) VALUES "
      "(" +
      id + ", 'old-key', 'h', now() - interval '25 hours'), (" + id +
      ", 'live-key', 'h', now());"
      "INSERT INTO email_outbox (kind, to_address, subject, text_body, html_body, sent_at) VALUES "
      "('test', 'a@example.com', 'old', 't', 'h', now() - interval '31 days'),"
      "('test', 'a@example.com', 'recent', 't', 'h', now() - interval '1 day')");

  TestServer server(database);
  std::string left;
  for (int attempt = 0; attempt < 50; ++attempt) {
    left = Count(database, "refresh_tokens", "token_hash = 'old-refresh'") +
           Count(database, "user_tokens", "token_hash = 'old-verify'") +
           Count(database, "idempotency_keys", "key = 'old-key'") + Count(database, "email_outbox", "subject = 'old'");
    if (left == "0000") break;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  EXPECT_EQ(left, "0000");
  EXPECT_EQ(Count(database, "refresh_tokens", "token_hash = 'live-refresh'"), "1");
  EXPECT_EQ(Count(database, "user_tokens", "token_hash = 'live-reset'"), "1");
  EXPECT_EQ(Count(database, "idempotency_keys", "key = 'live-key'"), "1");
  EXPECT_EQ(Count(database, "email_outbox", "subject = 'recent'"), "1");
}

}  // namespace
}  // namespace shop::testing

// The SMTP server down, then back, while customers register and order; and an SMTP server that
// refuses one address for good: every request still succeeds, every email arrives exactly once,
// and the refused one ends as a failed email the admin sees and may retry.
#include <gtest/gtest.h>

#include <iostream>
#include <set>

#include "faults/load.hpp"
#include "support/smtp_sink.hpp"

namespace shop::testing::faults {
namespace {

std::map<std::string, std::string> MailEnv(const SmtpSink& sink, const std::string& max_attempts) {
  return {{"SMTP_HOST", "127.0.0.1"},
          {"SMTP_PORT", std::to_string(sink.port())},
          {"SMTP_TLS", "none"},
          {"MAIL_RETRY_DELAY_MS", "50"},
          {"MAIL_MAX_ATTEMPTS", max_attempts},
          {"LOG_LEVEL", "error"},
          {"DB_POOL_SIZE", "6"},
          {"WORKERS", "6"}};
}

long Count(const TestDatabase& database, const std::string& where) {
  return std::stol(database.QueryValue("SELECT count(*) FROM email_outbox WHERE " + where));
}

// How the sink's messages match the outbox: each message carries the outbox id in its
// Message-ID ("<created µs.id@domain>").
struct Delivery {
  long queued = 0;
  long received = 0;
  long lost = 0;     // sent by the outbox's account, never seen at the sink
  long doubled = 0;  // seen at the sink more than once
  long unknown = 0;  // at the sink, but no outbox row of that id
  std::string Summary() const {
    return "emails queued " + std::to_string(queued) + ", received " + std::to_string(received) + ", lost " +
           std::to_string(lost) + ", doubled " + std::to_string(doubled) + ", unknown " + std::to_string(unknown);
  }
};

Delivery Compare(const TestDatabase& database, const SmtpSink& sink, const std::string& sent_where) {
  std::map<std::int64_t, int> seen;
  Delivery delivery;
  for (const auto& mail : sink.Messages()) {
    ++delivery.received;
    const std::string id = ParseMail(mail.data).headers["message-id"];
    const auto dot = id.find('.');
    const auto at = id.find('@');
    if (dot == std::string::npos || at == std::string::npos) {
      ++delivery.unknown;
      continue;
    }
    ++seen[std::stoll(id.substr(dot + 1, at - dot - 1))];
  }
  delivery.queued = Count(database, "true");
  for (const auto& [id, times] : seen) {
    if (times > 1) delivery.doubled += times - 1;
    if (Count(database, "id = " + std::to_string(id)) == 0) ++delivery.unknown;
  }
  const long should_arrive = Count(database, sent_where);
  long arrived = 0;
  for (const auto& [id, times] : seen) {
    if (Count(database, "id = " + std::to_string(id) + " AND (" + sent_where + ")") > 0) ++arrived;
  }
  delivery.lost = should_arrive - arrived;
  return delivery;
}

TEST(SmtpOutage, EveryEmailQueuedWhileTheServerWasDownArrivesExactlyOnce) {
  SmtpSink sink;
  TestDatabase database;
  TestServer server(database, MailEnv(sink, "16"));
  Load load(database, StockShop(database), {.register_every = 3});
  load.Start(server.base_url());
  ASSERT_TRUE(load.WaitForOrders(5));

  sink.Stop();
  const long queued_before = Count(database, "true");
  // Customers keep registering and ordering while no email can go out.
  EXPECT_TRUE(WaitFor([&] { return Count(database, "true") >= queued_before + 15; }, std::chrono::seconds(60)));
  const long failed_attempts = std::stol(
      database.QueryValue("SELECT count(*) FROM email_outbox WHERE sent_at IS NULL AND last_error IS NOT NULL"));
  sink.Start();
  ASSERT_TRUE(load.WaitForOrders(load.Checkouts().size() + 5));
  load.Stop();

  EXPECT_TRUE(WaitFor([&] { return Count(database, "sent_at IS NULL") == 0; }, std::chrono::seconds(60)));
  const auto delivery = Compare(database, sink, "true");
  const auto invariants = CheckInvariants(database, load);
  std::cout << "[ figures  ] " << load.figures().Summary() << "; registrations " << load.registrations() << "\n"
            << "[ figures  ] emails waiting with a failed attempt while the server was down " << failed_attempts << "; "
            << delivery.Summary() << "\n"
            << "[ figures  ] " << invariants.Summary() << "\n";
  EXPECT_GT(failed_attempts, 0);
  EXPECT_EQ(load.figures().unavailable(), 0);
  EXPECT_EQ(load.figures().transport_errors(), 0);
  for (const auto& outcome : load.figures().Log()) EXPECT_LT(outcome.status, 500) << outcome.body;
  EXPECT_EQ(delivery.lost, 0);
  EXPECT_EQ(delivery.doubled, 0);
  EXPECT_EQ(delivery.unknown, 0);
  EXPECT_EQ(delivery.received, delivery.queued);
  EXPECT_TRUE(invariants.Hold()) << invariants.Summary();
}

TEST(SmtpRefusal, APermanentlyRefusedAddressEndsFailedAfterItsAttemptsAndTheOthersStillGo) {
  constexpr const char* kRefused = "no-such-user@example.com";
  SmtpSink sink;
  sink.RefuseRecipient(kRefused);
  TestDatabase database;
  TestServer server(database, MailEnv(sink, "3"));
  const auto admin = CreateUser(database, "admin");
  Load load(database, StockShop(database), {.register_every = 4});
  load.Start(server.base_url());
  const Outcome registered =
      Call(server.base_url(), "POST", "/api/auth/register",
           {{"email", kRefused}, {"password", "correct horse battery"}, {"full_name", "Nobody Here"}});
  ASSERT_EQ(registered.status, 201) << registered.body;
  ASSERT_TRUE(load.WaitForOrders(10));
  load.Stop();

  const std::string refused_row = std::string("to_address = '") + kRefused + "'";
  ASSERT_TRUE(WaitFor([&] { return Count(database, refused_row + " AND failed_at IS NOT NULL") == 1; },
                      std::chrono::seconds(30)));
  EXPECT_TRUE(
      WaitFor([&] { return Count(database, "sent_at IS NULL AND failed_at IS NULL") == 0; }, std::chrono::seconds(60)));
  const auto delivery = Compare(database, sink, "sent_at IS NOT NULL");
  std::cout << "[ figures  ] " << load.figures().Summary() << "; registrations " << load.registrations() << "\n"
            << "[ figures  ] " << delivery.Summary() << "; failed " << Count(database, "failed_at IS NOT NULL") << "\n";
  EXPECT_EQ(Count(database, "failed_at IS NOT NULL"), 1);
  EXPECT_EQ(Count(database, "sent_at IS NOT NULL"), delivery.queued - 1);
  EXPECT_EQ(delivery.lost, 0);
  EXPECT_EQ(delivery.doubled, 0);
  EXPECT_EQ(delivery.received, delivery.queued - 1);
  EXPECT_TRUE(sink.MessagesTo(kRefused).empty());

  // The admin sees it among the failed emails, with why.
  const Outcome failed = Call(server.base_url(), "GET", "/api/admin/emails?status=failed", nullptr, admin.auth());
  ASSERT_EQ(failed.status, 200) << failed.body;
  const auto page = nlohmann::json::parse(failed.body);
  EXPECT_EQ(page["total"], 1);
  EXPECT_EQ(page["pages"], 1);
  ASSERT_EQ(page["items"].size(), 1u);
  const auto email = page["items"][0];
  EXPECT_EQ(email["to_address"], kRefused);
  EXPECT_EQ(email["kind"], "verify_email");
  EXPECT_EQ(email["status"], "failed");
  EXPECT_EQ(email["attempts"], 3);  // bounded: no attempt after the last allowed one
  EXPECT_TRUE(email["last_error"].is_string());
  EXPECT_TRUE(email["next_attempt_at"].is_null());
  EXPECT_TRUE(email["sent_at"].is_null());
  const std::string email_path = "/api/admin/emails/" + std::to_string(email["id"].get<std::int64_t>());

  // The others are listed as sent, newest first.
  const Outcome sent = Call(server.base_url(), "GET", "/api/admin/emails?status=sent&size=100", nullptr, admin.auth());
  ASSERT_EQ(sent.status, 200);
  const auto sent_page = nlohmann::json::parse(sent.body);
  EXPECT_EQ(sent_page["total"], delivery.queued - 1);
  ASSERT_FALSE(sent_page["items"].empty());
  EXPECT_GT(sent_page["items"][0]["id"], sent_page["items"][sent_page["items"].size() - 1]["id"]);
  EXPECT_TRUE(sent_page["items"][0]["sent_at"].is_string());
  const Outcome all = Call(server.base_url(), "GET", "/api/admin/emails", nullptr, admin.auth());
  EXPECT_EQ(nlohmann::json::parse(all.body)["total"], delivery.queued);

  // Retry: pending again with its attempts reset, then failed again after three more.
  const Outcome retried = Call(server.base_url(), "POST", email_path + "/retry", nullptr, admin.auth());
  ASSERT_EQ(retried.status, 200) << retried.body;
  const auto again = nlohmann::json::parse(retried.body);
  EXPECT_EQ(again["status"], "pending");
  EXPECT_EQ(again["attempts"], 0);
  EXPECT_TRUE(again["next_attempt_at"].is_string());
  EXPECT_TRUE(WaitFor([&] { return Count(database, refused_row + " AND failed_at IS NOT NULL AND attempts = 3") == 1; },
                      std::chrono::seconds(30)));

  const std::string sent_id = sent_page["items"][0]["id"].dump();
  EXPECT_EQ(Call(server.base_url(), "POST", "/api/admin/emails/" + sent_id + "/retry", nullptr, admin.auth()).status,
            409);
  EXPECT_EQ(Call(server.base_url(), "POST", "/api/admin/emails/999999/retry", nullptr, admin.auth()).status, 404);
  EXPECT_EQ(Call(server.base_url(), "GET", "/api/admin/emails?status=lost", nullptr, admin.auth()).status, 422);
  const auto customer = CreateUser(database);
  EXPECT_EQ(Call(server.base_url(), "GET", "/api/admin/emails", nullptr, customer.auth()).status, 403);
  EXPECT_EQ(Call(server.base_url(), "POST", email_path + "/retry", nullptr, customer.auth()).status, 403);
  EXPECT_EQ(Call(server.base_url(), "GET", "/api/admin/emails").status, 401);
}

}  // namespace
}  // namespace shop::testing::faults

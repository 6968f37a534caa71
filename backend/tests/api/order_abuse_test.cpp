// One account against the shop's mail and stock: checkout mails only the account's own address,
// ordering and cancelling in a loop meets a rate limit, and pending orders hold stock only so
// many at a time and only for so long.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "support/accounts.hpp"
#include "support/products.hpp"
#include "support/smtp_sink.hpp"
#include "support/test_server.hpp"

namespace shop::testing {
namespace {

constexpr const char* kVictim = "victim@elsewhere.example";

nlohmann::json Details(const std::string& email = kVictim) {
  return {{"customer_name", "Dear victim, click http://evil.example"},
          {"customer_email", email},
          {"shipping_address", "1 Main St"},
          {"shipping_city", "Portland"},
          {"shipping_postal_code", "97201"},
          {"shipping_country", "US"},
          {"notes", "Any text the client likes"}};
}

HttpResponse AddAndCheckout(const HttpClient& client, const TestUser& user, std::int64_t product_id, int quantity = 1) {
  auto added = client.Post("/api/cart", {{"product_id", product_id}, {"quantity", quantity}}, user.auth());
  EXPECT_EQ(added.status, 201) << added.body;
  return client.Post("/api/orders", Details(), user.auth());
}

HttpResponse Cancel(const HttpClient& client, const TestUser& user, const nlohmann::json& order) {
  return client.Send("POST", "/api/orders/" + std::to_string(order["id"].get<std::int64_t>()) + "/cancel", "",
                     user.auth());
}

// Waits until `done` holds, up to `seconds`; returns whether it did.
bool WaitFor(const std::function<bool()>& done, int seconds = 30) {
  for (int i = 0; i < seconds * 10; ++i) {
    if (done()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  return done();
}

TEST(OrderMail, GoesToTheAccountAddressNeverToTheOneInTheOrder) {
  SmtpSink sink;
  TestDatabase database;
  TestServer server(database, SmtpEnv(sink));
  const auto client = server.client();
  const auto user = CreateUser(database);
  const auto product = CreateProduct(database);

  auto placed = AddAndCheckout(client, user, product.id);
  ASSERT_EQ(placed.status, 201) << placed.body;
  EXPECT_EQ(placed.json()["customer_email"], kVictim);  // kept as the order's contact address
  ASSERT_EQ(Cancel(client, user, placed.json()).status, 200);

  const auto mails = sink.WaitForMessages(user.email, 2);
  ASSERT_EQ(mails.size(), 2u);
  EXPECT_NE(ParseMail(mails[0].data).headers["subject"].find("confirmed"), std::string::npos);
  EXPECT_NE(ParseMail(mails[1].data).headers["subject"].find("cancelled"), std::string::npos);
  EXPECT_TRUE(sink.MessagesTo(kVictim).empty());
  EXPECT_EQ(database.QueryValue("SELECT count(*) FROM email_outbox WHERE to_address = '" + std::string(kVictim) + "'"),
            "0");
}

TEST(OrderMail, OrderingAndCancellingInALoopIs429WithRetryAfter) {
  TestDatabase database;
  TestServer server(database, {{"ORDER_RATE_LIMIT", "4"}});
  const auto client = server.client();
  const auto user = CreateUser(database);
  const auto product = CreateProduct(database, {.stock = 100});
  for (int round = 0; round < 2; ++round) {
    auto placed = AddAndCheckout(client, user, product.id);
    ASSERT_EQ(placed.status, 201) << placed.body;
    ASSERT_EQ(Cancel(client, user, placed.json()).status, 200);
  }
  auto refused = AddAndCheckout(client, user, product.id);
  ASSERT_EQ(refused.status, 429) << refused.body;
  EXPECT_FALSE(refused.json()["detail"].get<std::string>().empty());
  EXPECT_GT(std::stoi(refused.header("retry-after")), 0);
  EXPECT_EQ(StockOf(database, product.id), 100);
  EXPECT_EQ(client.Get("/api/cart", user.auth()).json()["total_items"], 1);  // nothing taken

  // The limit is the account's: another customer orders as usual.
  const auto other = CreateUser(database);
  EXPECT_EQ(AddAndCheckout(client, other, product.id).status, 201);
}

TEST(PendingHolds, ACustomerHoldsAtMostMaxPendingOrders) {
  TestDatabase database;
  TestServer server(database, {{"MAX_PENDING_ORDERS", "2"}});
  const auto client = server.client();
  const auto user = CreateUser(database);
  const auto product = CreateProduct(database, {.stock = 10});
  auto first = AddAndCheckout(client, user, product.id, 3);
  ASSERT_EQ(first.status, 201) << first.body;
  ASSERT_EQ(AddAndCheckout(client, user, product.id, 3).status, 201);

  auto third = AddAndCheckout(client, user, product.id, 3);
  ASSERT_EQ(third.status, 409) << third.body;
  EXPECT_NE(third.json()["detail"].get<std::string>().find("2 pending orders"), std::string::npos) << third.body;
  EXPECT_EQ(StockOf(database, product.id), 4);
  EXPECT_EQ(client.Get("/api/cart", user.auth()).json()["total_items"], 3);

  // A cancelled order holds nothing: the cart goes through again.
  ASSERT_EQ(Cancel(client, user, first.json()).status, 200);
  EXPECT_EQ(client.Post("/api/orders", Details(), user.auth()).status, 201);
  EXPECT_EQ(StockOf(database, product.id), 4);
}

TEST(PendingHolds, UnpaidOrdersAreReleasedAfterTheirTimeRestockedOnceAndTheCustomerTold) {
  SmtpSink sink;
  TestDatabase database;
  TestServer server(database, SmtpEnv(sink, {{"PENDING_ORDER_TTL", "4s"}}));
  const auto client = server.client();
  const auto user = CreateUser(database);
  const auto product = CreateProduct(database, {.stock = 5});
  const std::string product_path = "/api/products/" + std::to_string(product.id);

  auto processed = AddAndCheckout(client, user, product.id, 1);
  ASSERT_EQ(processed.status, 201) << processed.body;
  const std::string processed_path = "/api/orders/" + std::to_string(processed.json()["id"].get<std::int64_t>());
  // Paid for and being processed (set straight away, well within the time to live).
  database.Execute("UPDATE orders SET status = 'processing' WHERE id = " +
                   std::to_string(processed.json()["id"].get<std::int64_t>()));
  auto held = AddAndCheckout(client, user, product.id, 3);
  ASSERT_EQ(held.status, 201) << held.body;
  const std::string held_path = "/api/orders/" + std::to_string(held.json()["id"].get<std::int64_t>());
  ASSERT_EQ(client.Get(product_path).json()["stock_quantity"], 1);  // and now cached

  ASSERT_TRUE(WaitFor([&] { return client.Get(held_path, user.auth()).json()["status"] == "cancelled"; }));
  EXPECT_EQ(StockOf(database, product.id), 4);
  EXPECT_EQ(client.Get(product_path).json()["stock_quantity"], 4);
  EXPECT_EQ(client.Get(processed_path, user.auth()).json()["status"], "processing");

  // Released once: cancelling it again changes nothing.
  EXPECT_EQ(Cancel(client, user, held.json()).status, 409);
  EXPECT_EQ(StockOf(database, product.id), 4);

  const std::string number = held.json()["order_number"];
  // Two confirmations, then the release (moving to processing mails nothing).
  const auto mails = sink.WaitForMessages(user.email, 3);
  ASSERT_EQ(mails.size(), 3u);
  bool told = false;
  for (const auto& mail : mails) {
    const auto parsed = ParseMail(mail.data);
    if (parsed.headers.at("subject").find(number + " has been cancelled") != std::string::npos &&
        parsed.text.find("still pending") != std::string::npos) {
      told = true;
    }
  }
  EXPECT_TRUE(told);
  EXPECT_TRUE(sink.MessagesTo(kVictim).empty());
}

}  // namespace
}  // namespace shop::testing

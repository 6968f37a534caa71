// The wishlist and back-in-stock alerts over HTTP against the real database: saving once, the
// limit, and one email per waiting customer, through the outbox, when a sold-out product comes
// back (an admin's change or a cancelled order), after which the alert ends.
#include <gtest/gtest.h>

#include <string>

#include "support/accounts.hpp"
#include "support/products.hpp"
#include "support/test_server.hpp"

namespace shop::testing {
namespace {

const nlohmann::json kShipping = {{"customer_name", "Wanda Waiting"},    {"customer_email", "wanda@example.com"},
                                  {"shipping_address", "9 Patient Way"}, {"shipping_city", "Hopeton"},
                                  {"shipping_postal_code", "22222"},     {"shipping_country", "US"}};

const TestUser& Admin() {
  static const TestUser kAdmin = CreateUser(Db(), "admin");
  return kAdmin;
}

std::string AlertOf(const TestProduct& product) {
  return "/api/products/" + std::to_string(product.id) + "/stock-alert";
}

// Back-in-stock emails queued for `user`.
std::string AlertMails(const TestUser& user) {
  return Db().QueryValue("SELECT count(*) FROM email_outbox WHERE kind = 'back_in_stock' AND to_address = '" +
                         user.email + "'");
}

void SetStock(const TestProduct& product, int stock) {
  auto response = Api().Put("/api/products/" + std::to_string(product.id), {{"stock_quantity", stock}}, Admin().auth());
  ASSERT_EQ(response.status, 200) << response.body;
}

TEST(Wishlist, ACustomerSavesAProductOnceAndRemovesIt) {
  const auto user = CreateUser(Db());
  const auto product = CreateProduct(Db(), {.price = "19.50"});
  auto saved = Api().Post("/api/wishlist", {{"product_id", product.id}}, user.auth());
  ASSERT_EQ(saved.status, 201) << saved.body;
  EXPECT_EQ(saved.json()["product"]["name"], product.name);
  EXPECT_EQ(saved.json()["product"]["price"], 19.5);
  EXPECT_TRUE(saved.json()["product"]["is_active"]);
  auto again = Api().Post("/api/wishlist", {{"product_id", product.id}}, user.auth());
  EXPECT_EQ(again.status, 200);
  EXPECT_EQ(again.json(), saved.json());

  EXPECT_EQ(Api().Get("/api/wishlist/ids", user.auth()).json()["product_ids"], nlohmann::json({product.id}));
  const auto page = Api().Get("/api/wishlist", user.auth()).json();
  EXPECT_EQ(page["total"], 1);
  EXPECT_EQ(page["items"][0]["product_id"], product.id);

  // Switched off later, it stays on the list, marked.
  Db().Execute("UPDATE products SET is_active = false WHERE id = " + std::to_string(product.id));
  EXPECT_FALSE(Api().Get("/api/wishlist", user.auth()).json()["items"][0]["product"]["is_active"]);

  EXPECT_EQ(Api().Delete("/api/wishlist/" + std::to_string(product.id), user.auth()).status, 204);
  EXPECT_EQ(Api().Delete("/api/wishlist/" + std::to_string(product.id), user.auth()).status, 204);
  EXPECT_EQ(Api().Get("/api/wishlist", user.auth()).json()["total"], 0);
  EXPECT_EQ(Api().Get("/api/wishlist", CreateUser(Db()).auth()).json()["total"], 0) << "each customer has their own";
}

TEST(Wishlist, UnknownProductsAndTheLimitAreRefused) {
  const auto user = CreateUser(Db());
  EXPECT_EQ(Api().Post("/api/wishlist", {{"product_id", 999999999}}, user.auth()).status, 404);
  const auto inactive = CreateProduct(Db(), {.active = false});
  EXPECT_EQ(Api().Post("/api/wishlist", {{"product_id", inactive.id}}, user.auth()).status, 404);
  EXPECT_EQ(Api().Post("/api/wishlist", {{"product_id", "three"}}, user.auth()).status, 422);
  EXPECT_EQ(Api().Get("/api/wishlist").status, 401);

  for (int i = 0; i < 200; ++i) {
    Db().Execute("INSERT INTO wishlist_items (user_id, product_id) VALUES (" + std::to_string(user.id) + ", " +
                 std::to_string(CreateProduct(Db()).id) + ")");
  }
  const auto one_more = CreateProduct(Db());
  auto refused = Api().Post("/api/wishlist", {{"product_id", one_more.id}}, user.auth());
  EXPECT_EQ(refused.status, 409) << refused.body;
  EXPECT_EQ(Db().QueryValue("SELECT count(*) FROM wishlist_items WHERE user_id = " + std::to_string(user.id)), "200");
}

TEST(StockAlerts, OneEmailPerWaitingCustomerWhenAnAdminRestocksThenTheAlertEnds) {
  const auto product = CreateProduct(Db(), {.stock = 0});
  const auto first = CreateUser(Db());
  const auto second = CreateUser(Db());
  const auto unverified = CreateUser(Db());
  Db().Execute("UPDATE users SET is_verified = false WHERE id = " + std::to_string(unverified.id));

  EXPECT_EQ(Api().Get(AlertOf(product), first.auth()).json()["subscribed"], false);
  auto added = Api().Post(AlertOf(product), nlohmann::json::object(), first.auth());
  ASSERT_EQ(added.status, 201) << added.body;
  EXPECT_EQ(added.json()["subscribed"], true);
  EXPECT_EQ(Api().Post(AlertOf(product), nlohmann::json::object(), first.auth()).status, 200);
  EXPECT_EQ(Api().Post(AlertOf(product), nlohmann::json::object(), second.auth()).status, 201);
  EXPECT_EQ(Api().Post(AlertOf(product), nlohmann::json::object(), unverified.auth()).status, 403);
  EXPECT_EQ(Api().Get(AlertOf(product), first.auth()).json()["subscribed"], true);

  const auto waiting = Api().Get("/api/admin/stock-alerts?size=100", Admin().auth()).json();
  bool listed = false;
  for (const auto& row : waiting["items"]) {
    if (row["product_id"] == product.id) {
      listed = true;
      EXPECT_EQ(row["waiting"], 2);
      EXPECT_EQ(row["stock_quantity"], 0);
    }
  }
  EXPECT_TRUE(listed) << waiting.dump();

  SetStock(product, 5);
  EXPECT_EQ(AlertMails(first), "1");
  EXPECT_EQ(AlertMails(second), "1");
  EXPECT_EQ(Db().QueryValue("SELECT subject FROM email_outbox WHERE kind = 'back_in_stock' AND to_address = '" +
                            first.email + "'"),
            product.name + " is back in stock | Harbor Goods");
  EXPECT_EQ(Api().Get(AlertOf(product), first.auth()).json()["subscribed"], false) << "the alert ended";

  SetStock(product, 0);
  SetStock(product, 3);
  EXPECT_EQ(AlertMails(first), "1") << "once";
  EXPECT_EQ(Api().Post(AlertOf(product), nlohmann::json::object(), first.auth()).status, 409) << "it is in stock";
}

TEST(StockAlerts, ACancelledOrderThatBringsTheLastItemBackMailsTheWaitingCustomer) {
  const auto product = CreateProduct(Db(), {.stock = 1});
  const auto buyer = CreateUser(Db());
  const auto waiter = CreateUser(Db());
  ASSERT_EQ(Api().Post("/api/cart", {{"product_id", product.id}}, buyer.auth()).status, 201);
  auto placed = Api().Post("/api/orders", kShipping, buyer.auth());
  ASSERT_EQ(placed.status, 201) << placed.body;
  ASSERT_EQ(StockOf(Db(), product.id), 0);
  ASSERT_EQ(Api().Post(AlertOf(product), nlohmann::json::object(), waiter.auth()).status, 201);

  const auto cancel = "/api/orders/" + std::to_string(placed.json()["id"].get<int>()) + "/cancel";
  ASSERT_EQ(Api().Post(cancel, nlohmann::json::object(), buyer.auth()).status, 200);
  EXPECT_EQ(AlertMails(waiter), "1");
  EXPECT_EQ(AlertMails(buyer), "0");
}

TEST(StockAlerts, UnknownProductsAndSignedOutCallersAreRefused) {
  const auto user = CreateUser(Db());
  EXPECT_EQ(Api().Get("/api/products/999999999/stock-alert", user.auth()).status, 404);
  EXPECT_EQ(Api().Post("/api/products/999999999/stock-alert", nlohmann::json::object(), user.auth()).status, 404);
  EXPECT_EQ(Api().Post("/api/products/1/stock-alert", nlohmann::json::object()).status, 401);
  EXPECT_EQ(Api().Get("/api/admin/stock-alerts", user.auth()).status, 403);
}

}  // namespace
}  // namespace shop::testing

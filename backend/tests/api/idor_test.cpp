// One customer reaching for another's order or cart line by id: always 404, as if it did not
// exist, and nothing changes.
#include <gtest/gtest.h>

#include "support/accounts.hpp"
#include "support/products.hpp"
#include "support/test_server.hpp"

namespace shop::testing {
namespace {

nlohmann::json Shipping(const std::string& email) {
  return {{"customer_name", "Owner"},    {"customer_email", email},         {"shipping_address", "1 Main St"},
          {"shipping_city", "Portland"}, {"shipping_postal_code", "97201"}, {"shipping_country", "US"}};
}

struct OwnedOrder {
  TestUser owner;
  TestProduct product;
  nlohmann::json order;
  std::string path;
};

OwnedOrder PlaceOrder() {
  OwnedOrder placed{CreateUser(Db()), CreateProduct(Db(), {.stock = 5}), {}, ""};
  EXPECT_EQ(Api().Post("/api/cart", {{"product_id", placed.product.id}, {"quantity", 2}}, placed.owner.auth()).status,
            201);
  auto response = Api().Post("/api/orders", Shipping(placed.owner.email), placed.owner.auth());
  EXPECT_EQ(response.status, 201) << response.body;
  placed.order = response.json();
  placed.path = "/api/orders/" + std::to_string(placed.order["id"].get<std::int64_t>());
  return placed;
}

TEST(Idor, AnotherCustomersOrderIs404ToReadCancelOrChange) {
  const auto placed = PlaceOrder();
  const auto intruder = CreateUser(Db());

  auto read = Api().Get(placed.path, intruder.auth());
  EXPECT_EQ(read.status, 404);
  EXPECT_EQ(read.json()["detail"], "Order not found");
  EXPECT_EQ(read.body.find(placed.owner.email), std::string::npos);

  auto cancel = Api().Send("POST", placed.path + "/cancel", "", intruder.auth());
  EXPECT_EQ(cancel.status, 404);
  EXPECT_EQ(cancel.json()["detail"], "Order not found");

  EXPECT_EQ(Api().Put(placed.path, {{"status", "cancelled"}}, intruder.auth()).status, 403);

  EXPECT_EQ(Api().Get(placed.path, placed.owner.auth()).json()["status"], "pending");
  EXPECT_EQ(StockOf(Db(), placed.product.id), 3);
  const auto listed = Api().Get("/api/orders", intruder.auth()).json();
  EXPECT_EQ(listed["total"], 0);
}

TEST(Idor, AMissingOrderAndSomeoneElsesLookTheSame) {
  const auto placed = PlaceOrder();
  const auto intruder = CreateUser(Db());
  auto theirs = Api().Get(placed.path, intruder.auth());
  auto missing = Api().Get("/api/orders/999999999", intruder.auth());
  EXPECT_EQ(theirs.status, missing.status);
  EXPECT_EQ(theirs.body, missing.body);
}

TEST(Idor, AnotherCustomersCartLineIs404ToChangeOrDelete) {
  const auto owner = CreateUser(Db());
  const auto intruder = CreateUser(Db());
  const auto product = CreateProduct(Db(), {.stock = 9});
  auto added = Api().Post("/api/cart", {{"product_id", product.id}, {"quantity", 2}}, owner.auth());
  ASSERT_EQ(added.status, 201);
  const auto item_id = added.json()["items"][0]["id"].get<std::int64_t>();
  const std::string line = "/api/cart/" + std::to_string(item_id);

  auto change = Api().Put(line, {{"quantity", 7}}, intruder.auth());
  EXPECT_EQ(change.status, 404);
  EXPECT_EQ(change.json()["detail"], "Cart item not found");
  auto remove = Api().Delete(line, intruder.auth());
  EXPECT_EQ(remove.status, 404);
  EXPECT_EQ(remove.json()["detail"], "Cart item not found");
  // Merging or emptying one's own cart never reaches another's.
  EXPECT_EQ(Api().Delete("/api/cart", intruder.auth()).status, 204);

  const auto cart = Api().Get("/api/cart", owner.auth()).json();
  ASSERT_EQ(cart["items"].size(), 1u);
  EXPECT_EQ(cart["items"][0]["quantity"], 2);
  EXPECT_EQ(Api().Get("/api/cart", intruder.auth()).json()["total_items"], 0);
}

TEST(Idor, CheckoutTakesOnlyTheCallersOwnCart) {
  const auto owner = CreateUser(Db());
  const auto intruder = CreateUser(Db());
  const auto product = CreateProduct(Db(), {.stock = 4});
  ASSERT_EQ(Api().Post("/api/cart", {{"product_id", product.id}, {"quantity", 1}}, owner.auth()).status, 201);
  EXPECT_EQ(Api().Post("/api/orders", Shipping(intruder.email), intruder.auth()).status, 400);
  EXPECT_EQ(Api().Get("/api/cart", owner.auth()).json()["total_items"], 1);
  EXPECT_EQ(StockOf(Db(), product.id), 4);
}

}  // namespace
}  // namespace shop::testing

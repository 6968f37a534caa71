// The address book over HTTP against the real database: one default, the limit, partial changes,
// validation, another customer's addresses out of reach, and orders keeping their own copy.
#include <gtest/gtest.h>

#include <algorithm>
#include <thread>
#include <vector>

#include "support/accounts.hpp"
#include "support/products.hpp"
#include "support/test_server.hpp"

namespace shop::testing {
namespace {

nlohmann::json Home(const std::string& city = "Portland") {
  return {{"label", "Home"},
          {"recipient_name", "Ada Lovelace"},
          {"phone", "+1 503 555 0100"},
          {"address", "1 Main St"},
          {"city", city},
          {"postal_code", "97201"},
          {"country", "US"}};
}

std::string PathOf(const nlohmann::json& address) {
  return "/api/addresses/" + std::to_string(address["id"].get<std::int64_t>());
}

nlohmann::json Add(const TestUser& user, const nlohmann::json& body) {
  auto response = Api().Post("/api/addresses", body, user.auth());
  EXPECT_EQ(response.status, 201) << response.body;
  return response.json();
}

// The ids of the customer's addresses as listed, and which is the default.
std::vector<std::int64_t> Listed(const TestUser& user, std::int64_t* default_id = nullptr) {
  const auto page = Api().Get("/api/addresses", user.auth()).json();
  std::vector<std::int64_t> ids;
  for (const auto& address : page["items"]) {
    ids.push_back(address["id"]);
    if (address["is_default"] && default_id != nullptr) *default_id = address["id"];
  }
  EXPECT_EQ(page["total"], ids.size());
  return ids;
}

TEST(Addresses, TheFirstIsTheDefaultAndAChosenOneTakesOver) {
  const auto user = CreateUser(Db());
  const auto first = Add(user, Home("Portland"));
  EXPECT_TRUE(first["is_default"]);
  EXPECT_EQ(first["recipient_name"], "Ada Lovelace");
  EXPECT_EQ(first["state"], nullptr);
  const auto second = Add(user, Home("Salem"));
  EXPECT_FALSE(second["is_default"]);

  auto third_body = Home("Eugene");
  third_body["is_default"] = true;
  const auto third = Add(user, third_body);
  EXPECT_TRUE(third["is_default"]);

  std::int64_t default_id = 0;
  const auto ids = Listed(user, &default_id);
  ASSERT_EQ(ids.size(), 3U);
  EXPECT_EQ(ids.front(), third["id"]) << "the default is listed first";
  EXPECT_EQ(default_id, third["id"]);
  EXPECT_EQ(
      Db().QueryValue("SELECT count(*) FROM addresses WHERE user_id = " + std::to_string(user.id) + " AND is_default"),
      "1");

  auto made = Api().Put(PathOf(second), {{"is_default", true}}, user.auth());
  ASSERT_EQ(made.status, 200) << made.body;
  EXPECT_TRUE(made.json()["is_default"]);
  Listed(user, &default_id);
  EXPECT_EQ(default_id, second["id"]);
}

TEST(Addresses, AChangeKeepsTheFieldsNotSentAndMayClearTheOptionalOnes) {
  const auto user = CreateUser(Db());
  const auto address = Add(user, Home());
  auto changed = Api().Put(PathOf(address), {{"city", "  Bend "}, {"phone", nullptr}}, user.auth());
  ASSERT_EQ(changed.status, 200) << changed.body;
  const auto json = changed.json();
  EXPECT_EQ(json["city"], "Bend");
  EXPECT_EQ(json["phone"], nullptr);
  EXPECT_EQ(json["recipient_name"], "Ada Lovelace");
  EXPECT_EQ(json["label"], "Home");
  EXPECT_TRUE(json["is_default"]);
}

TEST(Addresses, BadFieldsAre422NamingEachField) {
  const auto user = CreateUser(Db());
  auto body = Home();
  body.erase("city");
  body["phone"] = "call me";
  body["country"] = "U";
  auto response = Api().Post("/api/addresses", body, user.auth());
  ASSERT_EQ(response.status, 422) << response.body;
  const auto errors = response.json()["detail"];
  std::vector<std::string> fields;
  for (const auto& error : errors) fields.push_back(error["loc"][1]);
  EXPECT_EQ(fields, (std::vector<std::string>{"phone", "city", "country"})) << response.body;

  const auto address = Add(user, Home());
  auto cleared = Api().Put(PathOf(address), {{"recipient_name", nullptr}}, user.auth());
  EXPECT_EQ(cleared.status, 422) << cleared.body;
  auto undefault = Api().Put(PathOf(address), {{"is_default", false}}, user.auth());
  ASSERT_EQ(undefault.status, 422) << undefault.body;
  EXPECT_EQ(undefault.json()["detail"][0]["loc"][1], "is_default");
  EXPECT_EQ(
      Api().Send("POST", "/api/addresses", "not json", {{"Content-Type", "application/json"}, user.auth()[0]}).status,
      422);
}

TEST(Addresses, DeletingTheDefaultHandsItToTheLatestChanged) {
  const auto user = CreateUser(Db());
  const auto first = Add(user, Home("Portland"));
  const auto second = Add(user, Home("Salem"));
  const auto third = Add(user, Home("Eugene"));
  ASSERT_EQ(Api().Put(PathOf(second), {{"label", "Work"}}, user.auth()).status, 200);  // the latest changed now

  EXPECT_EQ(Api().Delete(PathOf(first), user.auth()).status, 204);
  std::int64_t default_id = 0;
  EXPECT_EQ(Listed(user, &default_id).size(), 2U);
  EXPECT_EQ(default_id, second["id"]);

  EXPECT_EQ(Api().Delete(PathOf(third), user.auth()).status, 204);
  EXPECT_EQ(Api().Delete(PathOf(third), user.auth()).status, 404);
  EXPECT_EQ(Listed(user, &default_id), (std::vector<std::int64_t>{second["id"]}));
  EXPECT_EQ(default_id, second["id"]);
}

TEST(Addresses, AtMostTwentyEvenUnderARace) {
  const auto user = CreateUser(Db());
  for (int i = 0; i < 18; ++i) Add(user, Home("City " + std::to_string(i)));
  std::vector<long> statuses(6);
  std::vector<std::thread> racers;
  for (std::size_t i = 0; i < statuses.size(); ++i) {
    racers.emplace_back([&, i] { statuses[i] = Api().Post("/api/addresses", Home(), user.auth()).status; });
  }
  for (auto& racer : racers) racer.join();
  EXPECT_EQ(std::count(statuses.begin(), statuses.end(), 201), 2);
  EXPECT_EQ(std::count(statuses.begin(), statuses.end(), 409), 4);
  EXPECT_EQ(Db().QueryValue("SELECT count(*) FROM addresses WHERE user_id = " + std::to_string(user.id)), "20");
  auto refused = Api().Post("/api/addresses", Home(), user.auth());
  EXPECT_EQ(refused.status, 409);
  EXPECT_NE(refused.json()["detail"].get<std::string>().find("at most 20"), std::string::npos);
}

TEST(Addresses, AnotherCustomersAddressIs404AndStaysAsItWas) {
  const auto owner = CreateUser(Db());
  const auto intruder = CreateUser(Db());
  const auto address = Add(owner, Home());
  EXPECT_EQ(Api().Put(PathOf(address), {{"city", "Nowhere"}}, intruder.auth()).status, 404);
  EXPECT_EQ(Api().Put(PathOf(address), {{"is_default", true}}, intruder.auth()).status, 404);
  EXPECT_EQ(Api().Delete(PathOf(address), intruder.auth()).status, 404);
  EXPECT_TRUE(Listed(intruder).empty());
  const auto page = Api().Get("/api/addresses", owner.auth()).json();
  ASSERT_EQ(page["items"].size(), 1U);
  EXPECT_EQ(page["items"][0]["city"], "Portland");
  EXPECT_TRUE(page["items"][0]["is_default"]);
  EXPECT_EQ(Api().Get("/api/addresses").status, 401);
}

TEST(Addresses, AnOrderKeepsItsAddressWhenTheSavedOneChangesOrGoes) {
  const auto user = CreateUser(Db());
  const auto product = CreateProduct(Db(), {.stock = 5});
  const auto address = Add(user, Home("Portland"));
  ASSERT_EQ(Api().Post("/api/cart", {{"product_id", product.id}}, user.auth()).status, 201);
  auto placed = Api().Post("/api/orders",
                           {{"customer_name", address["recipient_name"]},
                            {"customer_email", user.email},
                            {"shipping_address", address["address"]},
                            {"shipping_city", address["city"]},
                            {"shipping_postal_code", address["postal_code"]},
                            {"shipping_country", address["country"]}},
                           user.auth());
  ASSERT_EQ(placed.status, 201) << placed.body;
  const std::string order_path = "/api/orders/" + std::to_string(placed.json()["id"].get<std::int64_t>());

  ASSERT_EQ(Api().Put(PathOf(address), {{"city", "Salem"}}, user.auth()).status, 200);
  EXPECT_EQ(Api().Get(order_path, user.auth()).json()["shipping_city"], "Portland");
  ASSERT_EQ(Api().Delete(PathOf(address), user.auth()).status, 204);
  EXPECT_EQ(Api().Get(order_path, user.auth()).json()["shipping_city"], "Portland");
}

}  // namespace
}  // namespace shop::testing

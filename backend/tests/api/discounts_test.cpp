// Discount codes over HTTP against the real database: the back office's codes, a code applied to
// the cart with the reason named when it cannot be, checkout counting its use (never past its
// limit, however many checkouts race for it), orders keeping code and amount, and cancellation
// giving the use back.
#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <latch>
#include <thread>
#include <vector>

#include "support/accounts.hpp"
#include "support/products.hpp"
#include "support/test_server.hpp"

namespace shop::testing {
namespace {

const nlohmann::json kShipping = {{"customer_name", "Dora Discount"},    {"customer_email", "dora@example.com"},
                                  {"shipping_address", "5 Sale Street"}, {"shipping_city", "Bargain"},
                                  {"shipping_postal_code", "54321"},     {"shipping_country", "US"}};

// A code no other test uses, with `prefix` (letters only) in it.
std::string UniqueCode(const std::string& prefix) {
  static std::atomic<int> counter{0};
  return prefix + "-" + std::to_string(::getpid()) + "-" + std::to_string(++counter);
}

nlohmann::json CreateCode(nlohmann::json body) {
  if (!body.contains("code")) body["code"] = UniqueCode("SAVE");
  if (!body.contains("kind")) body["kind"] = "percentage";
  if (!body.contains("value")) body["value"] = 10;
  auto response = Api().Post("/api/admin/discount-codes", body, SharedAdmin().auth());
  EXPECT_EQ(response.status, 201) << response.body;
  return response.json();
}

std::string PathOf(const nlohmann::json& code) {
  return "/api/admin/discount-codes/" + std::to_string(code["id"].get<std::int64_t>());
}

void PutInCart(const TestUser& user, std::int64_t product_id, int quantity) {
  auto response = Api().Post("/api/cart", {{"product_id", product_id}, {"quantity", quantity}}, user.auth());
  ASSERT_EQ(response.status, 201) << response.body;
}

HttpResponse Apply(const TestUser& user, const std::string& code) {
  return Api().Put("/api/cart/discount", {{"code", code}}, user.auth());
}

// Applies the code the back office answered with.
HttpResponse ApplyCode(const TestUser& user, const nlohmann::json& code) {
  return Apply(user, code["code"].get<std::string>());
}

// The one field error of a 422: {loc, msg, type}.
nlohmann::json FieldError(const HttpResponse& response) {
  EXPECT_EQ(response.status, 422) << response.body;
  const auto detail = response.json()["detail"];
  EXPECT_EQ(detail.size(), 1U) << response.body;
  return detail.at(0);
}

std::string TimesUsed(const nlohmann::json& code) {
  return Db().QueryValue("SELECT times_used FROM discount_codes WHERE id = " + std::to_string(code["id"].get<int>()));
}

TEST(DiscountCodes, AnAdminCreatesListsChangesAndDeletesCodes) {
  const std::string text = UniqueCode("Spring");
  auto code = CreateCode({{"code", text},
                          {"kind", "fixed"},
                          {"value", 5},
                          {"min_subtotal", 20},
                          {"usage_limit", 100},
                          {"ends_at", "2030-01-01T10:00:00+01:00"}});
  EXPECT_EQ(code["code"], "SPRING" + text.substr(6)) << "stored in capitals";
  EXPECT_EQ(code["kind"], "fixed");
  EXPECT_EQ(code["value"], 5.0);
  EXPECT_EQ(code["min_subtotal"], 20.0);
  EXPECT_EQ(code["ends_at"], "2030-01-01T09:00:00Z");
  EXPECT_EQ(code["starts_at"], nullptr);
  EXPECT_EQ(code["times_used"], 0);
  EXPECT_EQ(code["discount_total"], 0.0);
  EXPECT_TRUE(code["is_active"]);
  EXPECT_FALSE(code["once_per_customer"]);

  auto again =
      Api().Post("/api/admin/discount-codes", {{"code", text}, {"kind", "fixed"}, {"value", 1}}, SharedAdmin().auth());
  EXPECT_EQ(again.status, 409) << "the same code in another case: " << again.body;

  const auto listed = Api().Get("/api/admin/discount-codes?search=" + text, SharedAdmin().auth()).json();
  ASSERT_EQ(listed["total"], 1) << listed.dump();
  EXPECT_EQ(listed["items"][0]["id"], code["id"]);

  auto changed = Api().Put(PathOf(code), {{"is_active", false}, {"min_subtotal", nullptr}}, SharedAdmin().auth());
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_FALSE(changed.json()["is_active"]);
  EXPECT_EQ(changed.json()["min_subtotal"], nullptr);
  EXPECT_EQ(changed.json()["usage_limit"], 100) << "fields not sent stay";
  EXPECT_EQ(changed.json()["ends_at"], "2030-01-01T09:00:00Z");

  EXPECT_EQ(Api().Delete(PathOf(code), SharedAdmin().auth()).status, 204);
  EXPECT_EQ(Api().Get(PathOf(code), SharedAdmin().auth()).status, 404);
  EXPECT_EQ(Api().Delete(PathOf(code), SharedAdmin().auth()).status, 404);
}

TEST(DiscountCodes, BadFieldsAreAll422AtOnce) {
  auto response = Api().Post(
      "/api/admin/discount-codes",
      {{"code", "no spaces!"}, {"kind", "bogof"}, {"value", 0}, {"starts_at", "2026-12-01"}, {"usage_limit", 0}},
      SharedAdmin().auth());
  ASSERT_EQ(response.status, 422) << response.body;
  const auto body = response.json();
  std::vector<std::string> fields;
  for (const auto& error : body["detail"]) fields.push_back(error["loc"][1]);
  EXPECT_EQ(fields, (std::vector<std::string>{"code", "kind", "value", "starts_at", "usage_limit"}));

  auto over = Api().Post("/api/admin/discount-codes",
                         {{"code", UniqueCode("PCT")}, {"kind", "percentage"}, {"value", 150}}, SharedAdmin().auth());
  EXPECT_EQ(FieldError(over)["loc"][1], "value");
  auto backwards = Api().Post("/api/admin/discount-codes",
                              {{"code", UniqueCode("BACK")},
                               {"kind", "fixed"},
                               {"value", 1},
                               {"starts_at", "2027-01-02T00:00:00Z"},
                               {"ends_at", "2027-01-01T00:00:00Z"}},
                              SharedAdmin().auth());
  EXPECT_EQ(FieldError(backwards)["loc"][1], "ends_at");
}

TEST(DiscountCodes, OnlyAdminsReachTheBackOffice) {
  const auto customer = CreateUser(Db());
  EXPECT_EQ(Api().Get("/api/admin/discount-codes").status, 401);
  EXPECT_EQ(Api().Get("/api/admin/discount-codes", customer.auth()).status, 403);
  EXPECT_EQ(
      Api()
          .Post("/api/admin/discount-codes", {{"code", "FREE"}, {"kind", "fixed"}, {"value", 100}}, customer.auth())
          .status,
      403);
}

TEST(CartDiscount, AnAppliedCodeShowsItsAmountAndTotalAndCanBeRemoved) {
  const auto user = CreateUser(Db());
  const auto product = CreateProduct(Db(), {.price = "33.33"});
  PutInCart(user, product.id, 1);
  const auto code = CreateCode({{"value", 15}});

  auto applied = ApplyCode(user, code);
  ASSERT_EQ(applied.status, 200) << applied.body;
  const auto cart = applied.json();
  EXPECT_EQ(cart["subtotal"], 33.33);
  EXPECT_EQ(cart["discount_amount"], 5.0) << "15 % of 33.33 is 4.9995, rounded half up";
  EXPECT_EQ(cart["total"], 28.33);
  EXPECT_EQ(cart["discount"]["code"], code["code"]);
  EXPECT_EQ(cart["discount"]["kind"], "percentage");
  EXPECT_TRUE(cart["discount"]["applicable"]);
  EXPECT_EQ(cart["discount"]["reason"], nullptr);
  EXPECT_EQ(Api().Get("/api/cart", user.auth()).json(), cart) << "GET shows the same cart";

  auto removed = Api().Delete("/api/cart/discount", user.auth());
  ASSERT_EQ(removed.status, 200) << removed.body;
  EXPECT_EQ(removed.json()["discount"], nullptr);
  EXPECT_EQ(removed.json()["discount_amount"], 0.0);
  EXPECT_EQ(removed.json()["total"], 33.33);
}

TEST(CartDiscount, ACodeThatCannotBeUsedIs422NamingWhy) {
  const auto user = CreateUser(Db());
  const auto product = CreateProduct(Db(), {.price = "10.00"});
  PutInCart(user, product.id, 2);
  const auto lower = [](std::string text) {
    for (auto& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
  };
  struct Case {
    nlohmann::json code;
    std::string type;
    std::string msg;
  };
  const std::vector<Case> cases = {
      {CreateCode({{"is_active", false}}), "discount_invalid", "This discount code is not valid."},
      {CreateCode({{"starts_at", "2099-05-01T00:00:00Z"}}), "discount_not_started",
       "This discount code can be used from 2099-05-01."},
      {CreateCode({{"starts_at", "2020-01-01T00:00:00Z"}, {"ends_at", "2021-03-04T00:00:00Z"}}), "discount_expired",
       "This discount code expired on 2021-03-04."},
      {CreateCode({{"min_subtotal", 50}}), "discount_below_minimum",
       "This discount code needs a subtotal of at least $50.00."},
  };
  for (const auto& c : cases) {
    const auto error = FieldError(Apply(user, lower(c.code["code"].get<std::string>())));
    EXPECT_EQ(error["loc"], nlohmann::json({"body", "code"}));
    EXPECT_EQ(error["type"], c.type);
    EXPECT_EQ(error["msg"], c.msg);
  }
  EXPECT_EQ(FieldError(Apply(user, "NO-SUCH-CODE"))["type"], "discount_invalid");
  EXPECT_EQ(Api().Get("/api/cart", user.auth()).json()["discount"], nullptr) << "nothing was applied";
  EXPECT_EQ(Api().Put("/api/cart/discount", {{"code", 42}}, user.auth()).status, 422);
  EXPECT_EQ(Api().Put("/api/cart/discount", {{"code", "ANY"}}).status, 401);
}

TEST(CartDiscount, ACodeThatStopsApplyingStaysWithTheReasonAndCheckoutRefusesIt) {
  const auto user = CreateUser(Db());
  const auto product = CreateProduct(Db(), {.price = "30.00", .stock = 10});
  PutInCart(user, product.id, 2);
  const auto code = CreateCode({{"kind", "fixed"}, {"value", 10}, {"min_subtotal", 50}});
  ASSERT_EQ(ApplyCode(user, code).status, 200);

  const auto item_id = Api().Get("/api/cart", user.auth()).json()["items"][0]["id"].get<std::int64_t>();
  auto fewer = Api().Put("/api/cart/" + std::to_string(item_id), {{"quantity", 1}}, user.auth());
  ASSERT_EQ(fewer.status, 200) << fewer.body;
  const auto cart = fewer.json();
  EXPECT_FALSE(cart["discount"]["applicable"]);
  EXPECT_EQ(cart["discount"]["reason"], "This discount code needs a subtotal of at least $50.00.");
  EXPECT_EQ(cart["discount_amount"], 0.0);
  EXPECT_EQ(cart["total"], 30.0);

  auto refused = Api().Post("/api/orders", kShipping, user.auth());
  ASSERT_EQ(refused.status, 409) << refused.body;
  EXPECT_EQ(refused.json()["detail"], "The discount code " + code["code"].get<std::string>() +
                                          " can no longer be used. This discount code needs a subtotal of at least "
                                          "$50.00. Remove it from your cart to check out.");
  EXPECT_EQ(StockOf(Db(), product.id), 10) << "nothing was taken";
  const auto kept = Api().Get("/api/cart", user.auth()).json();
  EXPECT_EQ(kept["total_items"], 1);
  EXPECT_EQ(kept["discount"]["code"], code["code"]) << "the code stays on the cart";
  EXPECT_EQ(TimesUsed(code), "0");
}

TEST(CheckoutDiscount, TheOrderKeepsCodeAndAmountAndCancellingGivesTheUseBack) {
  const auto user = CreateUser(Db());
  const auto product = CreateProduct(Db(), {.price = "40.00"});
  PutInCart(user, product.id, 2);
  const auto code = CreateCode({{"value", 25}, {"once_per_customer", true}});
  ASSERT_EQ(ApplyCode(user, code).status, 200);

  auto placed = Api().Post("/api/orders", kShipping, user.auth());
  ASSERT_EQ(placed.status, 201) << placed.body;
  const auto order = placed.json();
  EXPECT_EQ(order["subtotal"], 80.0);
  EXPECT_EQ(order["discount_code"], code["code"]);
  EXPECT_EQ(order["discount_amount"], 20.0);
  EXPECT_EQ(order["total_amount"], 60.0);
  EXPECT_EQ(Api().Get("/api/cart", user.auth()).json()["discount"], nullptr) << "checkout empties the cart's code";
  EXPECT_EQ(TimesUsed(code), "1");
  const auto used = Api().Get(PathOf(code), SharedAdmin().auth()).json();
  EXPECT_EQ(used["times_used"], 1);
  EXPECT_EQ(used["discount_total"], 20.0);

  PutInCart(user, product.id, 1);
  const auto again = FieldError(ApplyCode(user, code));
  EXPECT_EQ(again["type"], "discount_already_used");
  EXPECT_EQ(again["msg"], "You have already used this discount code.");

  const auto order_path = "/api/orders/" + std::to_string(order["id"].get<std::int64_t>());
  ASSERT_EQ(Api().Post(order_path + "/cancel", nlohmann::json::object(), user.auth()).status, 200);
  EXPECT_EQ(TimesUsed(code), "0");
  EXPECT_EQ(Api().Get(PathOf(code), SharedAdmin().auth()).json()["discount_total"], 0.0);
  EXPECT_EQ(ApplyCode(user, code).status, 200) << "the use was given back";

  // Deleting the code leaves the order as it was placed.
  ASSERT_EQ(Api().Delete(PathOf(code), SharedAdmin().auth()).status, 204);
  const auto kept = Api().Get(order_path, user.auth()).json();
  EXPECT_EQ(kept["discount_code"], code["code"]);
  EXPECT_EQ(kept["discount_amount"], 20.0);
  EXPECT_EQ(Api().Get("/api/cart", user.auth()).json()["discount"], nullptr);
}

TEST(CheckoutDiscount, AnOrderWithoutACodeIsAsBefore) {
  const auto user = CreateUser(Db());
  const auto product = CreateProduct(Db(), {.price = "12.50"});
  PutInCart(user, product.id, 2);
  auto placed = Api().Post("/api/orders", kShipping, user.auth());
  ASSERT_EQ(placed.status, 201) << placed.body;
  EXPECT_EQ(placed.json()["discount_code"], nullptr);
  EXPECT_EQ(placed.json()["discount_amount"], 0.0);
  EXPECT_EQ(placed.json()["total_amount"], 25.0);
}

TEST(CheckoutDiscountRace, ACodeLimitedToFiveUsesIsUsedFiveTimesByThirtyRacingCheckouts) {
  constexpr int kBuyers = 30;
  constexpr int kLimit = 5;
  const auto product = CreateProduct(Db(), {.price = "20.00", .stock = kBuyers});
  const auto code = CreateCode({{"kind", "fixed"}, {"value", 5}, {"usage_limit", kLimit}});
  std::vector<TestUser> buyers;
  for (int i = 0; i < kBuyers; ++i) {
    buyers.push_back(CreateUser(Db()));
    PutInCart(buyers.back(), product.id, 1);
    ASSERT_EQ(ApplyCode(buyers.back(), code).status, 200);
  }

  std::vector<HttpResponse> responses(kBuyers);
  std::latch start(kBuyers);
  std::vector<std::thread> threads;
  const auto began = std::chrono::steady_clock::now();
  for (int i = 0; i < kBuyers; ++i) {
    threads.emplace_back([&, i] {
      start.arrive_and_wait();
      responses[i] = Api().Post("/api/orders", kShipping, buyers[i].auth());
    });
  }
  for (auto& thread : threads) thread.join();
  const auto took = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - began);

  int placed = 0;
  int refused = 0;
  for (const auto& response : responses) {
    if (response.status == 201) {
      ++placed;
      EXPECT_EQ(response.json()["discount_amount"], 5.0);
      EXPECT_EQ(response.json()["total_amount"], 15.0);
    } else if (response.status == 409) {
      ++refused;
      EXPECT_NE(response.json()["detail"].get<std::string>().find("has been used up"), std::string::npos)
          << response.body;
    } else {
      ADD_FAILURE() << "unexpected " << response.status << ": " << response.body;
    }
  }
  const std::string id = std::to_string(code["id"].get<int>());
  const std::string with_code = Db().QueryValue("SELECT count(*) FROM orders WHERE discount_code_id = " + id);
  std::printf(
      "[ race ] %d checkouts for a code limited to %d uses: %d placed, %d refused (409), %s orders with the "
      "code, times_used %s, stock %d of %d left, %lld ms\n",
      kBuyers, kLimit, placed, refused, with_code.c_str(), TimesUsed(code).c_str(), StockOf(Db(), product.id), kBuyers,
      static_cast<long long>(took.count()));
  EXPECT_EQ(placed, kLimit);
  EXPECT_EQ(refused, kBuyers - kLimit);
  EXPECT_EQ(with_code, std::to_string(kLimit));
  EXPECT_EQ(TimesUsed(code), std::to_string(kLimit));
  EXPECT_EQ(StockOf(Db(), product.id), kBuyers - kLimit) << "refused checkouts took no stock";
}

TEST(CartDiscountLimit, TryingCodeAfterCodeIs429WithRetryAfter) {
  TestDatabase database;
  TestServer server(database, {{"DISCOUNT_ATTEMPT_LIMIT", "3"}});
  const auto client = server.client();
  const auto user = CreateUser(database);
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(client.Put("/api/cart/discount", {{"code", "GUESS-" + std::to_string(i)}}, user.auth()).status, 422);
  }
  auto refused = client.Put("/api/cart/discount", {{"code", "GUESS-4"}}, user.auth());
  ASSERT_EQ(refused.status, 429) << refused.body;
  EXPECT_GT(std::stoi(refused.header("retry-after")), 0);
  const auto other = CreateUser(database);
  EXPECT_EQ(client.Put("/api/cart/discount", {{"code", "GUESS-5"}}, other.auth()).status, 422)
      << "the limit is the account's";
}

}  // namespace
}  // namespace shop::testing

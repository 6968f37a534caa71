// Checkouts racing each other over real HTTP: however many buyers arrive at the same moment, stock
// never goes below zero, nothing deadlocks, order numbers stay gap-free, and one Idempotency-Key
// makes one order. Every race ends by checking that stock plus quantities sold equals the start.
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <latch>
#include <map>
#include <thread>

#include "support/accounts.hpp"
#include "support/products.hpp"
#include "support/test_server.hpp"

namespace shop::testing {
namespace {

const nlohmann::json kShipping = {{"customer_name", "Racing Buyer"},   {"customer_email", "racer@example.com"},
                                  {"shipping_address", "2 Fast Lane"}, {"shipping_city", "Speedway"},
                                  {"shipping_postal_code", "12345"},   {"shipping_country", "US"}};

void PutInCart(const TestUser& user, std::int64_t product_id, int quantity) {
  auto response = Api().Post("/api/cart", {{"product_id", product_id}, {"quantity", quantity}}, user.auth());
  ASSERT_EQ(response.status, 201) << response.body;
}

HttpResponse Checkout(const TestUser& user, const std::string& key = "") {
  auto headers = user.auth();
  if (!key.empty()) headers.emplace_back("Idempotency-Key", key);
  return Api().Post("/api/orders", kShipping, headers);
}

// Runs `count` calls of `task` on their own threads, released together, and returns their results.
std::vector<HttpResponse> RunTogether(int count, const std::function<HttpResponse(int)>& task) {
  std::vector<HttpResponse> responses(count);
  std::latch start(count);
  std::vector<std::thread> threads;
  for (int i = 0; i < count; ++i) {
    threads.emplace_back([&, i] {
      start.arrive_and_wait();
      responses[i] = task(i);
    });
  }
  for (auto& thread : threads) thread.join();
  return responses;
}

std::map<long, int> StatusCounts(const std::vector<HttpResponse>& responses) {
  std::map<long, int> counts;
  for (const auto& response : responses) ++counts[response.status];
  return counts;
}

// Quantities of a product in orders that were not cancelled.
int SoldOf(std::int64_t product_id) {
  return std::stoi(
      Db().QueryValue("SELECT coalesce(sum(i.quantity), 0) FROM order_items i JOIN orders o ON o.id = i.order_id "
                      "WHERE o.status <> 'cancelled' AND i.product_id = " +
                      std::to_string(product_id)));
}

TEST(CheckoutRace, TwentyFiveBuyersForFiveItemsMakeExactlyFiveOrders) {
  constexpr int kBuyers = 25;
  constexpr int kStock = 5;
  auto product = CreateProduct(Db(), {.price = "9.99", .stock = kStock});
  std::vector<TestUser> buyers;
  for (int i = 0; i < kBuyers; ++i) {
    buyers.push_back(CreateUser(Db()));
    PutInCart(buyers.back(), product.id, 1);
  }

  auto responses = RunTogether(kBuyers, [&](int i) { return Checkout(buyers[i]); });

  auto counts = StatusCounts(responses);
  EXPECT_EQ(counts[201], kStock);
  EXPECT_EQ(counts[409], kBuyers - kStock);
  EXPECT_EQ(counts[201] + counts[409], kBuyers) << "unexpected statuses, e.g. 500 or 503";
  std::vector<std::int64_t> numbers;
  for (const auto& response : responses) {
    if (response.status == 409) {
      EXPECT_NE(response.json()["detail"].get<std::string>().find(product.name), std::string::npos);
    }
    if (response.status == 201)
      numbers.push_back(std::stoll(response.json()["order_number"].get<std::string>().substr(4)));
  }
  EXPECT_EQ(StockOf(Db(), product.id), 0);
  EXPECT_EQ(StockOf(Db(), product.id) + SoldOf(product.id), kStock);
  ASSERT_EQ(numbers.size(), static_cast<std::size_t>(kStock));
  std::sort(numbers.begin(), numbers.end());
  for (std::size_t i = 1; i < numbers.size(); ++i) EXPECT_EQ(numbers[i], numbers[0] + static_cast<std::int64_t>(i));
}

TEST(CheckoutRace, BuyersOfTwoProductsInEitherOrderNeverDeadlockOrOversell) {
  constexpr int kBuyers = 20;
  constexpr int kStock = 9;
  auto first = CreateProduct(Db(), {.stock = kStock});
  auto second = CreateProduct(Db(), {.stock = kStock});
  std::vector<TestUser> buyers;
  for (int i = 0; i < kBuyers; ++i) {
    buyers.push_back(CreateUser(Db()));
    const int quantity = 1 + i % 2;
    if (i % 3 == 0) {
      PutInCart(buyers.back(), second.id, quantity);
      PutInCart(buyers.back(), first.id, quantity);
    } else {
      PutInCart(buyers.back(), first.id, quantity);
      PutInCart(buyers.back(), second.id, quantity);
    }
  }

  auto responses = RunTogether(kBuyers, [&](int i) { return Checkout(buyers[i]); });

  auto counts = StatusCounts(responses);
  EXPECT_EQ(counts[201] + counts[409], kBuyers) << "unexpected statuses, e.g. 500 from a deadlock";
  EXPECT_GT(counts[201], 0);
  EXPECT_GT(counts[409], 0);
  for (const auto& product : {first, second}) {
    EXPECT_GE(StockOf(Db(), product.id), 0);
    EXPECT_EQ(StockOf(Db(), product.id) + SoldOf(product.id), kStock);
  }
}

TEST(CheckoutRace, OneIdempotencyKeySentTwiceAtOnceMakesOneOrder) {
  for (int round = 0; round < 3; ++round) {
    auto user = CreateUser(Db());
    auto product = CreateProduct(Db(), {.stock = 10});
    PutInCart(user, product.id, 2);
    const std::string key = "race-key-" + std::to_string(round);

    auto responses = RunTogether(2, [&](int) { return Checkout(user, key); });

    ASSERT_EQ(responses[0].status, 201) << responses[0].body;
    ASSERT_EQ(responses[1].status, 201) << responses[1].body;
    EXPECT_EQ(responses[0].body, responses[1].body);
    EXPECT_EQ(
        (responses[0].header("idempotent-replayed") == "true") + (responses[1].header("idempotent-replayed") == "true"),
        1);
    EXPECT_EQ(Db().QueryValue("SELECT count(*) FROM orders WHERE user_id = " + std::to_string(user.id)), "1");
    EXPECT_EQ(StockOf(Db(), product.id), 8);
    EXPECT_EQ(StockOf(Db(), product.id) + SoldOf(product.id), 10);
  }
}

TEST(CheckoutRace, CancellationsDuringCheckoutsPutBackExactlyWhatWasTaken) {
  constexpr int kStock = 10;
  constexpr int kEarlyBuyers = 5;
  constexpr int kLateBuyers = 10;
  auto product = CreateProduct(Db(), {.stock = kStock});
  std::vector<TestUser> early;
  std::vector<std::int64_t> orders;
  for (int i = 0; i < kEarlyBuyers; ++i) {
    early.push_back(CreateUser(Db()));
    PutInCart(early.back(), product.id, 2);
    auto placed = Checkout(early.back());
    ASSERT_EQ(placed.status, 201) << placed.body;
    orders.push_back(placed.json()["id"]);
  }
  ASSERT_EQ(StockOf(Db(), product.id), 0);
  std::vector<TestUser> late;
  for (int i = 0; i < kLateBuyers; ++i) {
    late.push_back(CreateUser(Db()));
    Db().Execute("INSERT INTO cart_items (user_id, product_id, quantity) VALUES (" + std::to_string(late.back().id) +
                 ", " + std::to_string(product.id) + ", 1)");
  }

  auto responses = RunTogether(kEarlyBuyers + kLateBuyers, [&](int i) {
    if (i < kEarlyBuyers) {
      return Api().Send("POST", "/api/orders/" + std::to_string(orders[i]) + "/cancel", "", early[i].auth());
    }
    return Checkout(late[i - kEarlyBuyers]);
  });

  for (int i = 0; i < kEarlyBuyers; ++i) EXPECT_EQ(responses[i].status, 200) << responses[i].body;
  for (int i = kEarlyBuyers; i < kEarlyBuyers + kLateBuyers; ++i) {
    EXPECT_TRUE(responses[i].status == 201 || responses[i].status == 409) << responses[i].status;
  }
  EXPECT_GE(StockOf(Db(), product.id), 0);
  EXPECT_EQ(StockOf(Db(), product.id) + SoldOf(product.id), kStock);
}

}  // namespace
}  // namespace shop::testing

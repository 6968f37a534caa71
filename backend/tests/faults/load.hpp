// The fault suite's load: a handful of threads acting as customers of the real shop-api (browse,
// add to cart, check out against limited stock, register), the figures of what they saw, and
// the invariants a scenario checks straight in the database afterwards.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "support/accounts.hpp"
#include "support/products.hpp"
#include "support/test_server.hpp"

namespace shop::testing::faults {

using Clock = std::chrono::steady_clock;

// What one HTTP exchange came to: a status and body, or the libcurl error that stopped it.
struct Outcome {
  long status = 0;  // 0 when no response arrived
  int curl_code = 0;
  std::string body;
  std::map<std::string, std::string> headers;  // names lower-cased
  Clock::time_point started;
  Clock::duration took{};
  bool answered() const { return status != 0; }
  // A 503 carrying the API's error body ({"detail": "..."}).
  bool IsUnavailableWithDetail() const;
};

// One request on a new connection, with a bounded wait.
Outcome Call(const std::string& base_url, const std::string& method, const std::string& path,
             const nlohmann::json& body = nullptr, const Headers& headers = {},
             std::chrono::seconds timeout = std::chrono::seconds(30));

// Counts of what the customers saw, kept as each exchange ends.
class Figures {
 public:
  void Record(const Outcome& outcome);
  long sent() const { return sent_; }
  long success() const { return success_; }
  long unavailable() const { return unavailable_; }
  long other() const { return other_; }
  long transport_errors() const { return transport_errors_; }
  // Every exchange, for checks on a window of time (started during an outage, say).
  std::vector<Outcome> Log() const;
  // "requests 812: 2xx 700, 503 100, other 12, no answer 0"
  std::string Summary() const;

 private:
  std::atomic<long> sent_{0}, success_{0}, unavailable_{0}, other_{0}, transport_errors_{0};
  mutable std::mutex mutex_;
  std::vector<Outcome> log_;
};

struct StockedProduct {
  TestProduct product;
  int initial_stock = 0;
};

// A checkout a customer started, with what came of it in the end.
struct CheckoutRecord {
  std::int64_t user_id = 0;
  std::string idempotency_key;
  long final_status = 0;  // the last answer (201 confirmed; 0: never answered)
  std::int64_t order_id = 0;
  nlohmann::json order;  // the confirmed order's body
  int attempts = 0;
};

struct LoadOptions {
  int customers = 6;
  // Every n-th round of a customer also registers a new account (0: never).
  int register_every = 0;
  // How long a customer keeps retrying one checkout with its Idempotency-Key before giving up.
  std::chrono::seconds resolve_within{40};
};

// The customers of a scenario. Each thread is one customer (a user with its own cart) looping:
// browse the list and a product, add a random product to the cart, check out with a fresh
// Idempotency-Key, retried with that same key on a 503 or a lost answer until the shop answers.
class Load {
 public:
  Load(const TestDatabase& database, std::vector<StockedProduct> products, LoadOptions options = {});
  ~Load();
  Load(const Load&) = delete;
  Load& operator=(const Load&) = delete;

  void Start(const std::string& base_url);
  // Points the customers at another server (a restarted one).
  void Retarget(const std::string& base_url);
  // Asks the customers to stop and waits until each has resolved the checkout it had started.
  void Stop();

  const Figures& figures() const { return figures_; }
  std::vector<CheckoutRecord> Checkouts() const;
  long registrations() const { return registrations_; }
  const std::vector<TestUser>& customers() const { return customers_; }
  const std::vector<StockedProduct>& products() const { return products_; }
  // Waits until at least `count` orders were confirmed since the start; false when time ran out.
  bool WaitForOrders(std::size_t count, std::chrono::seconds timeout = std::chrono::seconds(60)) const;

 private:
  void Customer(std::size_t index);
  void CheckOut(const TestUser& user);
  std::string BaseUrl() const;

  const TestDatabase& database_;
  const std::vector<StockedProduct> products_;
  const LoadOptions options_;
  std::vector<TestUser> customers_;
  Figures figures_;
  std::atomic<bool> stopping_{false};
  std::atomic<long> registrations_{0};
  mutable std::mutex mutex_;
  std::string base_url_;
  std::vector<CheckoutRecord> checkouts_;
  std::vector<std::thread> threads_;
};

// The shipping details every customer checks out with.
nlohmann::json ShippingFor(const std::string& email);

// Products for a scenario: a few with one or two units (buyers race for the last item) and the
// rest with enough stock to keep checkouts going for the whole scenario.
std::vector<StockedProduct> StockShop(const TestDatabase& database, int scarce = 2, int plenty = 4,
                                      int plenty_stock = 400);

// What the database says after a scenario, against what the customers were told.
struct Invariants {
  long orders_in_database = 0;
  long confirmed_orders = 0;       // 201 answers, one per order
  long unconfirmed_orders = 0;     // orders no customer was told of (a lost answer never resolved)
  long lost_orders = 0;            // confirmed, but not in the database as confirmed
  long broken_orders = 0;          // no items, or totals that do not add up
  long stock_drift = 0;            // sum over products of |stock + sold - initial|
  long missing_confirmations = 0;  // orders without their confirmation email queued
  std::string Summary() const;
  bool Hold() const {
    return unconfirmed_orders == 0 && lost_orders == 0 && broken_orders == 0 && stock_drift == 0 &&
           missing_confirmations == 0;
  }
};
Invariants CheckInvariants(const TestDatabase& database, const Load& load);

// The project's PostgreSQL control script (SHOP_TEST_PG_CTL), or "" when unset.
std::string PgCtl();
// Runs `pg_ctl stop|start` through it; throws when it fails.
void Postgres(const std::string& action);

// Waits until `condition` holds, checking every 50 ms; false when `timeout` passed first.
template <class Condition>
bool WaitFor(Condition condition, std::chrono::milliseconds timeout) {
  const auto deadline = Clock::now() + timeout;
  while (!condition()) {
    if (Clock::now() >= deadline) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return true;
}

}  // namespace shop::testing::faults

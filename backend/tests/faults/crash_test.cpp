// kill -9 of the real shop-api in the middle of checkouts, then a restart on the same database: no
// order is half-written or lost, stock adds up, and a checkout retried with its Idempotency-Key
// returns the order it made.
#include <gtest/gtest.h>
#include <signal.h>

#include <iostream>
#include <memory>

#include "faults/load.hpp"

namespace shop::testing::faults {
namespace {

const std::map<std::string, std::string> kQuiet = {{"LOG_LEVEL", "error"}, {"DB_POOL_SIZE", "6"}, {"WORKERS", "6"}};

TEST(Crash, KillNineMidCheckoutLosesNoOrderAndRetriesReturnTheSameOrder) {
  TestDatabase database;
  auto server = std::make_unique<TestServer>(database, kQuiet);
  Load load(database, StockShop(database));
  load.Start(server->base_url());
  ASSERT_TRUE(load.WaitForOrders(15));

  ASSERT_EQ(::kill(server->pid(), SIGKILL), 0);
  EXPECT_EQ(server->Stop(), -1);  // reaps it: killed by the signal
  const std::size_t at_kill = load.Checkouts().size();
  server = std::make_unique<TestServer>(database, kQuiet);
  load.Retarget(server->base_url());
  EXPECT_TRUE(WaitFor([&] { return load.Checkouts().size() >= at_kill + 15; }, std::chrono::seconds(60)));
  load.Stop();

  // Every confirmed checkout, sent again with its key, is answered with the same order.
  long replayed = 0, replay_mismatches = 0, retried_across_the_crash = 0;
  for (const auto& checkout : load.Checkouts()) {
    if (checkout.attempts > 1) ++retried_across_the_crash;
    if (checkout.final_status != 201) continue;
    const auto& user = *std::find_if(load.customers().begin(), load.customers().end(),
                                     [&](const TestUser& u) { return u.id == checkout.user_id; });
    auto headers = user.auth();
    headers.emplace_back("Idempotency-Key", checkout.idempotency_key);
    const Outcome again = Call(server->base_url(), "POST", "/api/orders", ShippingFor(user.email), headers);
    ++replayed;
    if (again.status != 201 || !again.headers.contains("idempotent-replayed") ||
        nlohmann::json::parse(again.body)["id"] != checkout.order_id ||
        again.headers.at("idempotent-replayed") != "true") {
      ++replay_mismatches;
      ADD_FAILURE() << "key " << checkout.idempotency_key << ": " << again.status << " " << again.body;
    }
  }
  const auto invariants = CheckInvariants(database, load);
  std::cout << "[ figures  ] " << load.figures().Summary() << "\n"
            << "[ figures  ] checkouts retried across the crash " << retried_across_the_crash << "; replayed "
            << replayed << " keys, " << replay_mismatches << " answered differently\n"
            << "[ figures  ] " << invariants.Summary() << "\n";
  EXPECT_TRUE(invariants.Hold()) << invariants.Summary();
  EXPECT_EQ(replay_mismatches, 0);
}

}  // namespace
}  // namespace shop::testing::faults

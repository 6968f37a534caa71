// The abuse limits of the configuration: connections, read timeout, response cache memory, order
// rate, pending holds and their time to live.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>

#include "app/config.hpp"

namespace shop::app {
namespace {

std::variant<Config, ConfigProblems> Load(const std::map<std::string, std::string>& env) {
  const auto data_dir = std::filesystem::temp_directory_path() / ("shop-limits-test-" + std::to_string(::getpid()));
  return LoadConfig(
      [&env](const std::string& name) -> std::optional<std::string> {
        auto found = env.find(name);
        if (found == env.end()) return std::nullopt;
        return found->second;
      },
      data_dir);
}

TEST(AbuseLimitsConfig, DefaultsBoundEveryResource) {
  const auto config = std::get<Config>(Load({{"SECRET_KEY", std::string(32, 'k')}}));
  EXPECT_EQ(config.max_connections, 1024);
  EXPECT_EQ(config.read_timeout, std::chrono::seconds(30));
  EXPECT_EQ(config.response_cache_mb, 48);
  EXPECT_EQ(config.order_rate_limit, 30);
  EXPECT_EQ(config.max_pending_orders, 5);
  EXPECT_EQ(config.pending_order_ttl, std::chrono::hours(72));
}

TEST(AbuseLimitsConfig, ReadsEveryLimit) {
  const auto config = std::get<Config>(Load({{"SECRET_KEY", std::string(32, 'k')},
                                             {"MAX_CONNECTIONS", "20"},
                                             {"READ_TIMEOUT", "5"},
                                             {"RESPONSE_CACHE_MB", "2"},
                                             {"ORDER_RATE_LIMIT", "0"},
                                             {"MAX_PENDING_ORDERS", "1"},
                                             {"PENDING_ORDER_TTL", "90s"}}));
  EXPECT_EQ(config.max_connections, 20);
  EXPECT_EQ(config.read_timeout, std::chrono::seconds(5));
  EXPECT_EQ(config.response_cache_mb, 2);
  EXPECT_EQ(config.order_rate_limit, 0);
  EXPECT_EQ(config.max_pending_orders, 1);
  EXPECT_EQ(config.pending_order_ttl, std::chrono::seconds(90));
}

TEST(AbuseLimitsConfig, PendingOrderTtlTakesMinutesOrAUnit) {
  const auto ttl = [](const std::string& text) {
    return std::get<Config>(Load({{"SECRET_KEY", std::string(32, 'k')}, {"PENDING_ORDER_TTL", text}}))
        .pending_order_ttl;
  };
  EXPECT_EQ(ttl("15"), std::chrono::minutes(15));
  EXPECT_EQ(ttl("15m"), std::chrono::minutes(15));
  EXPECT_EQ(ttl("2h"), std::chrono::hours(2));
  EXPECT_EQ(ttl("0"), std::chrono::seconds(0));
}

TEST(AbuseLimitsConfig, NamesTheVariableOfEveryBadLimit) {
  const auto loaded = Load({{"SECRET_KEY", std::string(32, 'k')},
                            {"MAX_CONNECTIONS", "0"},
                            {"READ_TIMEOUT", "soon"},
                            {"RESPONSE_CACHE_MB", "-1"},
                            {"ORDER_RATE_LIMIT", "x"},
                            {"MAX_PENDING_ORDERS", "-2"},
                            {"PENDING_ORDER_TTL", "3 days"}});
  const auto& problems = std::get<ConfigProblems>(loaded).problems;
  ASSERT_EQ(problems.size(), 6u);
  for (const auto* name : {"MAX_CONNECTIONS", "READ_TIMEOUT", "RESPONSE_CACHE_MB", "ORDER_RATE_LIMIT",
                           "MAX_PENDING_ORDERS", "PENDING_ORDER_TTL"}) {
    EXPECT_TRUE(std::any_of(problems.begin(), problems.end(), [&](const std::string& p) {
      return p.starts_with(name);
    })) << name;
  }
}

}  // namespace
}  // namespace shop::app

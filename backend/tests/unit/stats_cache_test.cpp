// The dashboard's cache: kept per window until a change (the catalog's version or an
// invalidation), one computation for concurrent misses, never a result read before a change
// handed out after it, an aged entry served while it is computed again, failures never kept.
#include "admin/stats_cache.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <future>
#include <stdexcept>
#include <thread>
#include <vector>

namespace shop::admin {
namespace {

using namespace std::chrono_literals;

// A catalog version the test moves on by hand.
struct FakeCatalog {
  std::atomic<std::uint64_t> version = 0;
  std::function<std::uint64_t()> Source() {
    return [this] { return version.load(); };
  }
};

TEST(StatsCache, KeepsEachWindowUntilTheCatalogMovesOnOrItIsInvalidated) {
  FakeCatalog catalog;
  StatsCache cache(catalog.Source(), 1h);
  int computed = 0;
  const auto compute = [&] { return "v" + std::to_string(++computed); };

  EXPECT_EQ(*cache.Get(7, compute), "v1");
  EXPECT_EQ(*cache.Get(7, compute), "v1");
  EXPECT_EQ(*cache.Get(30, compute), "v2");  // another window, another entry
  ++catalog.version;
  EXPECT_EQ(*cache.Get(7, compute), "v3");
  EXPECT_EQ(*cache.Get(30, compute), "v4");
  cache.Invalidate();
  EXPECT_EQ(*cache.Get(7, compute), "v5");
  EXPECT_EQ(*cache.Get(7, compute), "v5");
}

TEST(StatsCache, ComputesAgainOnceTheMaximumAgePassed) {
  FakeCatalog catalog;
  StatsCache cache(catalog.Source(), 50ms);
  int computed = 0;
  const auto compute = [&] { return "v" + std::to_string(++computed); };
  EXPECT_EQ(*cache.Get(7, compute), "v1");
  EXPECT_EQ(*cache.Get(7, compute), "v1");
  std::this_thread::sleep_for(80ms);
  EXPECT_EQ(*cache.Get(7, compute), "v2");
  EXPECT_EQ(*cache.Get(7, compute), "v2");
}

TEST(StatsCache, AnAgedEntryIsServedWhileOneCallerComputesTheNext) {
  FakeCatalog catalog;
  StatsCache cache(catalog.Source(), 50ms);
  EXPECT_EQ(*cache.Get(7, [] { return std::string("old"); }), "old");
  std::this_thread::sleep_for(80ms);
  std::promise<void> release;
  std::atomic<bool> started = false;
  auto refresh = std::async(std::launch::async, [&] {
    return *cache.Get(7, [&] {
      started = true;
      release.get_future().wait();
      return std::string("new");
    });
  });
  while (!started) std::this_thread::sleep_for(1ms);
  EXPECT_EQ(*cache.Get(7, [] { return std::string("not asked for"); }), "old");
  release.set_value();
  EXPECT_EQ(refresh.get(), "new");
  EXPECT_EQ(*cache.Get(7, [] { return std::string("not asked for"); }), "new");
}

TEST(StatsCache, ConcurrentMissesShareOneComputation) {
  FakeCatalog catalog;
  StatsCache cache(catalog.Source(), 1h);
  std::atomic<int> computed = 0;
  std::promise<void> release;
  const auto released = release.get_future().share();
  const auto compute = [&] {
    ++computed;
    released.wait();
    return std::string("shared");
  };

  std::vector<std::future<std::string>> callers;
  callers.push_back(std::async(std::launch::async, [&] { return *cache.Get(30, compute); }));
  while (computed == 0) std::this_thread::sleep_for(1ms);
  for (int i = 0; i < 7; ++i) {
    callers.push_back(std::async(std::launch::async, [&] { return *cache.Get(30, compute); }));
  }
  std::this_thread::sleep_for(50ms);  // the late callers are waiting by now
  release.set_value();
  for (auto& caller : callers) EXPECT_EQ(caller.get(), "shared");
  EXPECT_EQ(computed, 1);
}

TEST(StatsCache, AChangeDuringAComputationIsNeverHiddenByItsResult) {
  FakeCatalog catalog;
  StatsCache cache(catalog.Source(), 1h);
  std::promise<void> release;
  std::atomic<bool> started = false;
  auto before = std::async(std::launch::async, [&] {
    return *cache.Get(30, [&] {
      started = true;
      release.get_future().wait();
      return std::string("before the change");
    });
  });
  while (!started) std::this_thread::sleep_for(1ms);
  cache.Invalidate();  // a write commits while the first computation is under way

  // A caller after the change neither waits for nor gets the older computation.
  EXPECT_EQ(*cache.Get(30, [] { return std::string("after the change"); }), "after the change");
  release.set_value();
  EXPECT_EQ(before.get(), "before the change");
  EXPECT_EQ(*cache.Get(30, [] { return std::string("computed again"); }), "after the change");
}

TEST(StatsCache, AFailureReachesTheCallerAndIsNotKept) {
  FakeCatalog catalog;
  StatsCache cache(catalog.Source(), 1h);
  EXPECT_THROW(cache.Get(7, []() -> std::string { throw std::runtime_error("database down"); }), std::runtime_error);
  EXPECT_EQ(*cache.Get(7, [] { return std::string("back"); }), "back");
}

}  // namespace
}  // namespace shop::admin

// The response cache: its keys (made of the parameters a route reads, in one order), what each
// kind of change drops, and its bound.
#include "http/response_cache.hpp"

#include <gtest/gtest.h>

namespace shop::http {
namespace {

constexpr std::string_view kRead[] = {"page", "size", "search"};

TEST(CacheKey, LeavesOutParametersTheRouteDoesNotRead) {
  EXPECT_EQ(CacheKeyOf("/api/products", {{"size", "2"}, {"x", "random-1"}}, kRead),
            CacheKeyOf("/api/products", {{"size", "2"}, {"x", "random-2"}}, kRead));
  EXPECT_EQ(CacheKeyOf("/api/products", {{"x", "1"}}, kRead), CacheKeyOf("/api/products", {}, kRead));
  EXPECT_EQ(CacheKeyOf("/api/categories", {{"page", "3"}}, {}), CacheKeyOf("/api/categories", {}, {}));
}

TEST(CacheKey, IsTheSameWhateverTheOrderOfTheQuery) {
  EXPECT_EQ(CacheKeyOf("/api/products", {{"search", "mug"}, {"page", "2"}}, kRead),
            CacheKeyOf("/api/products", {{"page", "2"}, {"search", "mug"}}, kRead));
}

TEST(CacheKey, TellsApartEveryValueTheRouteReads) {
  EXPECT_NE(CacheKeyOf("/api/products", {{"page", "2"}}, kRead), CacheKeyOf("/api/products", {{"page", "3"}}, kRead));
  EXPECT_NE(CacheKeyOf("/api/products", {{"search", "a&page=2"}}, kRead),
            CacheKeyOf("/api/products", {{"search", "a"}, {"page", "2"}}, kRead));
  EXPECT_NE(CacheKeyOf("/api/products", {}, kRead), CacheKeyOf("/api/products/1", {}, kRead));
}

TEST(CacheKey, TakesTheFirstOfARepeatedParameterAsTheRouteDoes) {
  EXPECT_EQ(CacheKeyOf("/api/products", {{"page", "2"}, {"page", "9"}}, kRead),
            CacheKeyOf("/api/products", {{"page", "2"}}, kRead));
}

TEST(ResponseCache, DropsEverythingAfterACatalogWrite) {
  ResponseCache cache;
  cache.Store("/api/products?", "[1]", {.product_ids = {1}}, cache.Version());
  cache.Store("/api/categories?", "[]", {}, cache.Version());
  ASSERT_NE(cache.Find("/api/products?"), nullptr);
  EXPECT_EQ(cache.Find("/api/products?")->body, "[1]");
  cache.InvalidateAll();
  EXPECT_EQ(cache.Find("/api/products?"), nullptr);
  EXPECT_EQ(cache.Find("/api/categories?"), nullptr);
}

TEST(ResponseCache, AStockChangeDropsOnlyTheResponsesShowingItsProducts) {
  ResponseCache cache;
  cache.Store("/api/products?page=1", "[1,2]", {.product_ids = {1, 2}}, cache.Version());
  cache.Store("/api/products?page=2", "[3,4]", {.product_ids = {3, 4}}, cache.Version());
  cache.Store("/api/products/2?", "2", {.product_ids = {2}}, cache.Version());
  cache.Store("/api/products?in_stock=true", "[5]", {.product_ids = {5}, .availability = true}, cache.Version());
  cache.Store("/api/categories?", "[]", {}, cache.Version());
  cache.InvalidateStock({.product_ids = {2, 9}});
  EXPECT_EQ(cache.Find("/api/products?page=1"), nullptr);
  EXPECT_EQ(cache.Find("/api/products/2?"), nullptr);
  EXPECT_NE(cache.Find("/api/products?page=2"), nullptr);
  EXPECT_NE(cache.Find("/api/products?in_stock=true"), nullptr);
  EXPECT_NE(cache.Find("/api/categories?"), nullptr);
  cache.InvalidateStock({.product_ids = {9}, .availability = true});  // product 9 sold out
  EXPECT_EQ(cache.Find("/api/products?in_stock=true"), nullptr);
  EXPECT_NE(cache.Find("/api/products?page=2"), nullptr);
  EXPECT_EQ(cache.size(), 2u);
}

TEST(ResponseCache, DoesNotKeepWhatWasReadBeforeAChangeItShows) {
  ResponseCache cache;
  const auto read_at = cache.Version();
  cache.InvalidateStock({.product_ids = {7}});  // a checkout committed while two responses were rendered
  const auto entry = cache.Store("/api/products/7?", "old", {.product_ids = {7}}, read_at);
  EXPECT_EQ(entry->body, "old");
  EXPECT_EQ(cache.Find("/api/products/7?"), nullptr);
  cache.Store("/api/products/8?", "fresh", {.product_ids = {8}}, read_at);
  EXPECT_NE(cache.Find("/api/products/8?"), nullptr);
  cache.InvalidateAll();
  cache.Store("/api/products/8?", "old", {.product_ids = {8}}, read_at);
  EXPECT_EQ(cache.Find("/api/products/8?"), nullptr);
}

TEST(ResponseCache, DoesNotKeepWhatWasReadBeforeChangesItNoLongerRemembers) {
  ResponseCache cache;
  const auto read_at = cache.Version();
  for (std::int64_t id = 100; id < 5000; ++id) cache.InvalidateStock({.product_ids = {id}});
  cache.Store("/api/products/1?", "1", {.product_ids = {1}}, read_at);
  EXPECT_EQ(cache.Find("/api/products/1?"), nullptr);
  cache.Store("/api/products/1?", "1", {.product_ids = {1}}, cache.Version());
  EXPECT_NE(cache.Find("/api/products/1?"), nullptr);
}

TEST(ResponseCache, EvictsTheOldestUnreadEntryBeyondItsBound) {
  ResponseCache cache(/*max_entries=*/2);
  cache.Store("a", "1", {.product_ids = {1}}, cache.Version());
  cache.Store("b", "2", {.product_ids = {2}}, cache.Version());
  ASSERT_NE(cache.Find("a"), nullptr);  // read, so spared once
  cache.Store("c", "3", {.product_ids = {3}}, cache.Version());
  EXPECT_EQ(cache.size(), 2u);
  EXPECT_EQ(cache.Find("b"), nullptr);
  EXPECT_NE(cache.Find("a"), nullptr);
  EXPECT_NE(cache.Find("c"), nullptr);
  cache.InvalidateStock({.product_ids = {2}});  // b's index went with it
  EXPECT_EQ(cache.size(), 2u);
}

TEST(ResponseCache, InvalidatingAKeyDropsItAndWhatWasReadBeforeIt) {
  ResponseCache cache;
  cache.Store("cart:1", "[1]", {.product_ids = {1}}, cache.Version());
  cache.Store("cart:2", "[1]", {.product_ids = {1}}, cache.Version());
  const auto read_at = cache.Version();
  cache.Invalidate("cart:1");
  EXPECT_EQ(cache.Find("cart:1"), nullptr);
  EXPECT_NE(cache.Find("cart:2"), nullptr);
  cache.Store("cart:1", "old", {.product_ids = {1}}, read_at);  // read before the change
  EXPECT_EQ(cache.Find("cart:1"), nullptr);
  cache.Store("cart:3", "[3]", {.product_ids = {3}}, read_at);  // another key: kept
  EXPECT_NE(cache.Find("cart:3"), nullptr);
}

TEST(ResponseCache, ReplacingAnEntryForgetsWhatTheOldOneShowed) {
  ResponseCache cache;
  cache.Store("/api/products?page=1", "[1]", {.product_ids = {1}}, cache.Version());
  cache.Store("/api/products?page=1", "[2]", {.product_ids = {2}}, cache.Version());
  cache.InvalidateStock({.product_ids = {1}});
  ASSERT_NE(cache.Find("/api/products?page=1"), nullptr);
  EXPECT_EQ(cache.Find("/api/products?page=1")->body, "[2]");
}

}  // namespace
}  // namespace shop::http

// The response cache's key: made of the parameters a route reads, in one order.
#include <gtest/gtest.h>

#include "catalog/response_cache.hpp"

namespace shop::catalog {
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

}  // namespace
}  // namespace shop::catalog

// How a reviewer is named and how a product's rating is averaged.
#include "reviews/reviews.hpp"

#include <gtest/gtest.h>

namespace shop::reviews {
namespace {

TEST(ReviewAuthor, IsTheFirstNameAndTheLastInitial) {
  EXPECT_EQ(AuthorName("Ada Lovelace"), "Ada L.");
  EXPECT_EQ(AuthorName("  Ada   Byron  Lovelace "), "Ada L.");
  EXPECT_EQ(AuthorName("Ada"), "Ada");
  EXPECT_EQ(AuthorName("Zoë Éclair"), "Zoë É.") << "a whole accented letter, not half of it";
  EXPECT_EQ(AuthorName(""), "A customer");
  EXPECT_EQ(AuthorName(" \t "), "A customer");
}

TEST(ReviewRating, AveragesVisibleReviewsToTwoDecimalsHalfUp) {
  Rating none;
  EXPECT_EQ(none.count(), 0);
  EXPECT_EQ(none.average(), std::nullopt);

  Rating rating;
  rating.counts = {0, 0, 0, 2, 1};  // 4, 4, 5
  EXPECT_EQ(rating.count(), 3);
  EXPECT_EQ(rating.average(), 4.33);
  rating.counts = {0, 1, 0, 1, 1};  // 2, 4, 5 = 3.666…
  EXPECT_EQ(rating.average(), 3.67);
  rating.counts = {0, 0, 0, 1, 1};
  EXPECT_EQ(rating.average(), 4.5);
  rating.counts = {1, 0, 0, 0, 7};  // 36 / 8
  EXPECT_EQ(rating.average(), 4.5);
  rating.counts = {0, 0, 0, 0, 3};
  EXPECT_EQ(rating.average(), 5.0);
}

TEST(ReviewRating, TheJsonListsEveryStarCount) {
  Rating rating;
  rating.counts = {1, 0, 0, 0, 1};
  EXPECT_EQ(ToJson(rating),
            nlohmann::json::parse(R"({"average":3.0,"count":2,"distribution":{"1":1,"2":0,"3":0,"4":0,"5":1}})"));
}

}  // namespace
}  // namespace shop::reviews

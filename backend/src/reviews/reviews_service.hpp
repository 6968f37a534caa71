// The rules of reviews: only a customer who received a product reviews it, once; only the author
// changes or deletes a review; one helpful vote per customer, never on one's own review; hidden
// reviews count in no rating. Every method throws db::Unavailable when the database cannot be
// reached.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "common/errors.hpp"
#include "common/page.hpp"
#include "db/pool.hpp"
#include "http/response_cache.hpp"
#include "reviews/reviews.hpp"
#include "reviews/reviews_store.hpp"

namespace shop::reviews {

// Whether the caller may review a product, why not, and their own review when they wrote one.
struct Eligibility {
  bool can_review = false;
  std::optional<std::string> reason;
  std::optional<Review> review;
};

class ReviewService {
 public:
  // Empties `catalog_cache` after every change of a rating: the product list sorts by rating.
  ReviewService(db::Pool& db, http::ResponseCache& catalog_cache) : db_(db), catalog_cache_(catalog_cache) {}

  // 404 for an unknown or inactive product (as every method taking a product id).
  Result<Page<Review>> List(std::int64_t product_id, store::ReviewOrder order, std::int64_t limit, std::int64_t offset);
  Result<Rating> RatingOf(std::int64_t product_id);
  Result<Eligibility> EligibilityOf(std::int64_t product_id, std::int64_t user_id);
  // 403 without a delivered order containing the product, 409 for a second review.
  Result<Review> Create(std::int64_t product_id, std::int64_t user_id, const ReviewInput& input);
  // The user's own review by id; 404 for anyone else's.
  Result<Review> GetOwn(std::int64_t review_id, std::int64_t user_id);
  // 404 as GetOwn.
  Result<Review> Update(std::int64_t review_id, std::int64_t user_id, const ReviewInput& input);
  Status Remove(std::int64_t review_id, std::int64_t user_id);
  // 404 for a hidden or unknown review, 403 for one's own.
  Result<Review> MarkHelpful(std::int64_t review_id, std::int64_t user_id);

  Page<AdminReview> ListForAdmin(std::optional<bool> hidden, const std::optional<std::string>& search,
                                 std::int64_t limit, std::int64_t offset);
  // 404 for an unknown review.
  Result<AdminReview> SetHidden(std::int64_t review_id, bool hidden);

 private:
  db::Pool& db_;
  http::ResponseCache& catalog_cache_;
};

}  // namespace shop::reviews

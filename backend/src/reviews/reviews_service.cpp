#include "reviews/reviews_service.hpp"

#include "common/text.hpp"

namespace shop::reviews {
namespace {

Error NoSuchProduct() { return NotFound("Product not found"); }
Error NoSuchReview() { return NotFound("Review not found"); }

constexpr std::string_view kAlreadyReviewed = "You have already reviewed this product.";
constexpr std::string_view kNotReceived = "Only customers who received this product can review it.";

}  // namespace

Result<Page<Review>> ReviewService::List(std::int64_t product_id, store::ReviewOrder order, std::int64_t limit,
                                         std::int64_t offset) {
  auto connection = db_.Acquire();
  if (!store::ProductOnSale(*connection, product_id)) return NoSuchProduct();
  return store::ListVisible(*connection, product_id, order, limit, offset);
}

Result<Rating> ReviewService::RatingOf(std::int64_t product_id) {
  auto connection = db_.Acquire();
  if (!store::ProductOnSale(*connection, product_id)) return NoSuchProduct();
  return store::RatingOf(*connection, product_id);
}

Result<Eligibility> ReviewService::EligibilityOf(std::int64_t product_id, std::int64_t user_id) {
  auto connection = db_.Acquire();
  if (!store::ProductOnSale(*connection, product_id)) return NoSuchProduct();
  Eligibility eligibility;
  eligibility.review = store::FindOwnReview(*connection, user_id, product_id);
  if (eligibility.review) {
    eligibility.reason = std::string(kAlreadyReviewed);
  } else if (!store::HasReceived(*connection, user_id, product_id)) {
    eligibility.reason = std::string(kNotReceived);
  } else {
    eligibility.can_review = true;
  }
  return eligibility;
}

Result<Review> ReviewService::Create(std::int64_t product_id, std::int64_t user_id, const ReviewInput& input) {
  auto connection = db_.Acquire();
  db::Transaction transaction(*connection);
  if (!store::ProductOnSale(*connection, product_id)) return NoSuchProduct();
  if (!store::HasReceived(*connection, user_id, product_id)) return Forbidden(std::string(kNotReceived));
  store::LockProductReviews(*connection, product_id);
  std::optional<Review> review;
  try {
    review = store::InsertReview(*connection, user_id, product_id, input);
  } catch (const db::QueryError& error) {
    if (!error.IsUniqueViolation()) throw;
    return Conflict(std::string(kAlreadyReviewed));
  }
  store::RecountRating(*connection, product_id);
  transaction.Commit();
  catalog_cache_.InvalidateAll();
  return std::move(*review);
}

Result<Review> ReviewService::GetOwn(std::int64_t review_id, std::int64_t user_id) {
  auto review = store::FindAuthoredReview(*db_.Acquire(), user_id, review_id);
  if (!review) return NoSuchReview();
  return std::move(*review);
}

Result<Review> ReviewService::Update(std::int64_t review_id, std::int64_t user_id, const ReviewInput& input) {
  auto connection = db_.Acquire();
  db::Transaction transaction(*connection);
  const auto before = store::FindAuthoredReview(*connection, user_id, review_id);
  if (!before) return NoSuchReview();
  store::LockProductReviews(*connection, before->product_id);
  auto review = store::UpdateReview(*connection, user_id, review_id, input);
  if (!review) return NoSuchReview();  // deleted a moment ago
  store::RecountRating(*connection, review->product_id);
  transaction.Commit();
  catalog_cache_.InvalidateAll();
  return std::move(*review);
}

Status ReviewService::Remove(std::int64_t review_id, std::int64_t user_id) {
  auto connection = db_.Acquire();
  db::Transaction transaction(*connection);
  const auto before = store::FindAuthoredReview(*connection, user_id, review_id);
  if (!before) return NoSuchReview();
  store::LockProductReviews(*connection, before->product_id);
  if (!store::DeleteReview(*connection, user_id, review_id)) return NoSuchReview();
  store::RecountRating(*connection, before->product_id);
  transaction.Commit();
  catalog_cache_.InvalidateAll();
  return Ok{};
}

Result<Review> ReviewService::MarkHelpful(std::int64_t review_id, std::int64_t user_id) {
  auto connection = db_.Acquire();
  const auto author = store::AuthorOfVisibleReview(*connection, review_id);
  if (!author) return NoSuchReview();
  if (*author == user_id) return Forbidden("You cannot mark your own review as helpful");
  return store::VoteHelpful(*connection, user_id, review_id);
}

Page<AdminReview> ReviewService::ListForAdmin(std::optional<bool> hidden, const std::optional<std::string>& search,
                                              std::int64_t limit, std::int64_t offset) {
  std::optional<std::string> pattern;
  if (search) pattern = text::ContainsPattern(*search);
  return store::ListForAdmin(*db_.Acquire(), hidden, pattern, limit, offset);
}

Result<AdminReview> ReviewService::SetHidden(std::int64_t review_id, bool hidden) {
  auto connection = db_.Acquire();
  db::Transaction transaction(*connection);
  const auto before = store::FindForAdmin(*connection, review_id);
  if (!before) return NoSuchReview();
  store::LockProductReviews(*connection, before->product_id);
  auto review = store::SetHidden(*connection, review_id, hidden);
  if (!review) return NoSuchReview();
  store::RecountRating(*connection, review->product_id);
  transaction.Commit();
  catalog_cache_.InvalidateAll();
  return std::move(*review);
}

}  // namespace shop::reviews

// SQL of reviews: a product's visible reviews and rating, a customer's own review and their right
// to write one, helpful votes, the back office's list, and the rating kept on the product. Every
// function throws db::Unavailable on an outage and db::QueryError on a failed statement.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "common/page.hpp"
#include "db/connection.hpp"
#include "reviews/reviews.hpp"

namespace shop::reviews::store {

enum class ReviewOrder { kNewest, kHelpful };

// Whether the product exists and is on sale.
bool ProductOnSale(db::Connection& connection, std::int64_t product_id);
// Locks the product's row until the transaction ends: its reviews change one transaction at a
// time, so each recount (RecountRating) sees the changes committed before it.
void LockProductReviews(db::Connection& connection, std::int64_t product_id);

Page<Review> ListVisible(db::Connection& connection, std::int64_t product_id, ReviewOrder order, std::int64_t limit,
                         std::int64_t offset);
Rating RatingOf(db::Connection& connection, std::int64_t product_id);

// Whether the user has a delivered order containing the product.
bool HasReceived(db::Connection& connection, std::int64_t user_id, std::int64_t product_id);
// The user's review of the product, hidden or not.
std::optional<Review> FindOwnReview(db::Connection& connection, std::int64_t user_id, std::int64_t product_id);
// The review when the user wrote it, with its product.
std::optional<Review> FindAuthoredReview(db::Connection& connection, std::int64_t user_id, std::int64_t review_id);
// The author of a review shown to everyone (not hidden); nullopt for a hidden or unknown review.
std::optional<std::int64_t> AuthorOfVisibleReview(db::Connection& connection, std::int64_t review_id);

// Throws a QueryError that IsUniqueViolation when the user has reviewed the product already.
Review InsertReview(db::Connection& connection, std::int64_t user_id, std::int64_t product_id,
                    const ReviewInput& input);
std::optional<Review> UpdateReview(db::Connection& connection, std::int64_t user_id, std::int64_t review_id,
                                   const ReviewInput& input);
// The product of the review deleted; nullopt when the user wrote no such review.
std::optional<std::int64_t> DeleteReview(db::Connection& connection, std::int64_t user_id, std::int64_t review_id);

// Records the user's vote and counts it, once per user and review; returns the review as it is now.
Review VoteHelpful(db::Connection& connection, std::int64_t user_id, std::int64_t review_id);

// Sets the product's rating_average and review_count from its visible reviews.
void RecountRating(db::Connection& connection, std::int64_t product_id);

// The back office: newest first; `hidden` filters by status, `pattern` is an ILIKE pattern of the
// product's name or the title.
Page<AdminReview> ListForAdmin(db::Connection& connection, std::optional<bool> hidden,
                               const std::optional<std::string>& pattern, std::int64_t limit, std::int64_t offset);
std::optional<AdminReview> SetHidden(db::Connection& connection, std::int64_t review_id, bool hidden);
std::optional<AdminReview> FindForAdmin(db::Connection& connection, std::int64_t review_id);

}  // namespace shop::reviews::store

#include "reviews/reviews_store.hpp"

namespace shop::reviews::store {
namespace {

constexpr std::string_view kFromReviews = " FROM reviews r JOIN users u ON u.id = r.user_id";
constexpr std::string_view kAdminColumns = ", p.name AS product_name, p.slug AS product_slug, u.email AS author_email";
constexpr std::string_view kFromAdminReviews =
    " FROM reviews r JOIN users u ON u.id = r.user_id JOIN products p ON p.id = r.product_id";
constexpr std::string_view kAdminWhere =
    " WHERE ($1::boolean IS NULL OR r.is_hidden = $1) AND ($2::text IS NULL OR p.name ILIKE $2 OR r.title ILIKE $2)";

constexpr db::Statement kProductOnSale{"reviews_product_on_sale", "SELECT 1 FROM products WHERE id = $1 AND is_active"};
constexpr db::Statement kLockProduct{"reviews_lock_product", "SELECT 1 FROM products WHERE id = $1 FOR NO KEY UPDATE"};
constexpr db::Statement kCountVisible{"reviews_count_visible",
                                      "SELECT count(*) AS total FROM reviews WHERE product_id = $1 AND NOT is_hidden"};
const db::JoinedStatement kNewest{
    "reviews_list_newest",
    {"SELECT ", kReviewColumns, kFromReviews, " WHERE r.product_id = $1 AND NOT r.is_hidden",
     " ORDER BY r.created_at DESC, r.id DESC LIMIT $2 OFFSET $3"}};
const db::JoinedStatement kHelpful{
    "reviews_list_helpful",
    {"SELECT ", kReviewColumns, kFromReviews, " WHERE r.product_id = $1 AND NOT r.is_hidden",
     " ORDER BY r.helpful_count DESC, r.created_at DESC, r.id DESC LIMIT $2 OFFSET $3"}};
constexpr db::Statement kRating{
    "reviews_rating",
    "SELECT rating, count(*) AS n FROM reviews WHERE product_id = $1 AND NOT is_hidden GROUP BY rating"};
constexpr db::Statement kHasReceived{
    "reviews_has_received",
    "SELECT EXISTS (SELECT 1 FROM orders o JOIN order_items i ON i.order_id = o.id"
    " WHERE o.user_id = $1 AND o.status = 'delivered' AND i.product_id = $2) AS received"};
const db::JoinedStatement kFindOwn{
    "reviews_find_own", {"SELECT ", kReviewColumns, kFromReviews, " WHERE r.user_id = $1 AND r.product_id = $2"}};
const db::JoinedStatement kFindAuthored{
    "reviews_find_authored", {"SELECT ", kReviewColumns, kFromReviews, " WHERE r.user_id = $1 AND r.id = $2"}};
constexpr db::Statement kAuthorOfVisible{"reviews_author_of_visible",
                                         "SELECT user_id FROM reviews WHERE id = $1 AND NOT is_hidden"};
const db::JoinedStatement kInsert{
    "reviews_insert",
    {"WITH r AS (INSERT INTO reviews (user_id, product_id, rating, title, body) VALUES ($1, $2, $3, $4, $5)"
     " RETURNING *) SELECT ",
     kReviewColumns, " FROM r JOIN users u ON u.id = r.user_id"}};
const db::JoinedStatement kUpdate{
    "reviews_update",
    {"WITH r AS (UPDATE reviews SET rating = $3, title = $4, body = $5, updated_at = now()"
     " WHERE user_id = $1 AND id = $2 RETURNING *) SELECT ",
     kReviewColumns, " FROM r JOIN users u ON u.id = r.user_id"}};
constexpr db::Statement kDelete{"reviews_delete",
                                "DELETE FROM reviews WHERE user_id = $1 AND id = $2 RETURNING product_id"};
// The vote and its count in one statement: the count goes up only when the vote is new.
const db::JoinedStatement kVote{
    "reviews_vote",
    {"WITH vote AS (INSERT INTO review_votes (review_id, user_id) VALUES ($2, $1) ON CONFLICT DO NOTHING RETURNING"
     " review_id), counted AS (UPDATE reviews SET helpful_count = helpful_count + 1 WHERE id IN (SELECT review_id"
     " FROM vote) RETURNING *), r AS (SELECT * FROM counted UNION ALL SELECT * FROM reviews WHERE id = $2 AND NOT"
     " EXISTS (SELECT 1 FROM counted)) SELECT ",
     kReviewColumns, " FROM r JOIN users u ON u.id = r.user_id"}};
constexpr db::Statement kRecount{
    "reviews_recount",
    "UPDATE products SET (rating_average, review_count) = (SELECT round(avg(rating), 2), count(*) FROM reviews"
    " WHERE product_id = $1 AND NOT is_hidden) WHERE id = $1"};

const db::JoinedStatement kAdminCount{"reviews_admin_count",
                                      {"SELECT count(*) AS total", kFromAdminReviews, kAdminWhere}};
const db::JoinedStatement kAdminList{"reviews_admin_list",
                                     {"SELECT ", kReviewColumns, kAdminColumns, kFromAdminReviews, kAdminWhere,
                                      " ORDER BY r.created_at DESC, r.id DESC LIMIT $3 OFFSET $4"}};
const db::JoinedStatement kAdminFind{"reviews_admin_find",
                                     {"SELECT ", kReviewColumns, kAdminColumns, kFromAdminReviews, " WHERE r.id = $1"}};
constexpr db::Statement kSetHidden{"reviews_set_hidden",
                                   "UPDATE reviews SET is_hidden = $2 WHERE id = $1 RETURNING product_id"};

std::optional<Review> OneReview(const db::Result& rows) { return rows.First(ReviewFromRow); }

}  // namespace

bool ProductOnSale(db::Connection& connection, std::int64_t product_id) {
  return !connection.Exec(kProductOnSale, {product_id}).empty();
}

void LockProductReviews(db::Connection& connection, std::int64_t product_id) {
  connection.Exec(kLockProduct, {product_id});
}

Page<Review> ListVisible(db::Connection& connection, std::int64_t product_id, ReviewOrder order, std::int64_t limit,
                         std::int64_t offset) {
  Page<Review> page;
  page.total = connection.Exec(kCountVisible, {product_id}).front().Int("total");
  if (offset < page.total) {
    const auto& statement = order == ReviewOrder::kHelpful ? kHelpful : kNewest;
    for (const auto& row : connection.Exec(statement, {product_id, limit, offset})) {
      page.items.push_back(ReviewFromRow(row));
    }
  }
  return page;
}

Rating RatingOf(db::Connection& connection, std::int64_t product_id) {
  Rating rating;
  for (const auto& row : connection.Exec(kRating, {product_id})) {
    const auto stars = row.Int("rating");
    if (stars < 1 || stars > 5) throw db::BadValue("rating");
    rating.counts.at(static_cast<std::size_t>(stars - 1)) = row.Int("n");
  }
  return rating;
}

bool HasReceived(db::Connection& connection, std::int64_t user_id, std::int64_t product_id) {
  return connection.Exec(kHasReceived, {user_id, product_id}).front().Bool("received");
}

std::optional<Review> FindOwnReview(db::Connection& connection, std::int64_t user_id, std::int64_t product_id) {
  return OneReview(connection.Exec(kFindOwn, {user_id, product_id}));
}

std::optional<Review> FindAuthoredReview(db::Connection& connection, std::int64_t user_id, std::int64_t review_id) {
  return OneReview(connection.Exec(kFindAuthored, {user_id, review_id}));
}

std::optional<std::int64_t> AuthorOfVisibleReview(db::Connection& connection, std::int64_t review_id) {
  return connection.Exec(kAuthorOfVisible, {review_id}).First([](const db::Row& row) { return row.Int("user_id"); });
}

Review InsertReview(db::Connection& connection, std::int64_t user_id, std::int64_t product_id,
                    const ReviewInput& input) {
  return ReviewFromRow(connection.Exec(kInsert, {user_id, product_id, input.rating, input.title, input.body}).front());
}

std::optional<Review> UpdateReview(db::Connection& connection, std::int64_t user_id, std::int64_t review_id,
                                   const ReviewInput& input) {
  return OneReview(connection.Exec(kUpdate, {user_id, review_id, input.rating, input.title, input.body}));
}

std::optional<std::int64_t> DeleteReview(db::Connection& connection, std::int64_t user_id, std::int64_t review_id) {
  return connection.Exec(kDelete, {user_id, review_id}).First([](const db::Row& row) { return row.Int("product_id"); });
}

Review VoteHelpful(db::Connection& connection, std::int64_t user_id, std::int64_t review_id) {
  return ReviewFromRow(connection.Exec(kVote, {user_id, review_id}).front());
}

void RecountRating(db::Connection& connection, std::int64_t product_id) { connection.Exec(kRecount, {product_id}); }

Page<AdminReview> ListForAdmin(db::Connection& connection, std::optional<bool> hidden,
                               const std::optional<std::string>& pattern, std::int64_t limit, std::int64_t offset) {
  Page<AdminReview> page;
  page.total = connection.Exec(kAdminCount, {hidden, pattern}).front().Int("total");
  if (offset < page.total) {
    for (const auto& row : connection.Exec(kAdminList, {hidden, pattern, limit, offset})) {
      page.items.push_back(AdminReviewFromRow(row));
    }
  }
  return page;
}

std::optional<AdminReview> SetHidden(db::Connection& connection, std::int64_t review_id, bool hidden) {
  if (connection.Exec(kSetHidden, {review_id, hidden}).empty()) return std::nullopt;
  return FindForAdmin(connection, review_id);
}

std::optional<AdminReview> FindForAdmin(db::Connection& connection, std::int64_t review_id) {
  return connection.Exec(kAdminFind, {review_id}).First(AdminReviewFromRow);
}

}  // namespace shop::reviews::store

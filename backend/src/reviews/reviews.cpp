#include "reviews/reviews.hpp"

#include <cmath>
#include <vector>

#include "common/text.hpp"
#include "http/json_or_null.hpp"

namespace shop::reviews {

std::int64_t Rating::count() const {
  std::int64_t total = 0;
  for (const auto n : counts) total += n;
  return total;
}

std::optional<double> Rating::average() const {
  const std::int64_t total = count();
  if (total == 0) return std::nullopt;
  std::int64_t sum = 0;
  for (std::size_t i = 0; i < counts.size(); ++i) sum += counts.at(i) * static_cast<std::int64_t>(i + 1);
  // Hundredths, half up, in integers: 13 / 3 = 4.333… → 433.
  const std::int64_t hundredths = (sum * 200 + total) / (2 * total);
  return static_cast<double>(hundredths) / 100.0;
}

std::string AuthorName(std::string_view full_name) {
  const auto words = text::Split(full_name, " \t\r\n");
  if (words.empty()) return "A customer";
  std::string name(words.front());
  if (words.size() > 1) {
    const std::string_view last = words.back();
    std::size_t i = 0;
    text::NextCodePoint(last, i);  // the whole first letter, however many bytes it takes
    name += " " + std::string(last.substr(0, i)) + ".";
  }
  return name;
}

Review ReviewFromRow(const db::Row& row) {
  Review review;
  review.id = row.Int("id");
  review.product_id = row.Int("product_id");
  review.rating = static_cast<int>(row.Int("rating"));
  review.title = row.String("title");
  review.body = row.String("body");
  review.is_hidden = row.Bool("is_hidden");
  review.helpful_count = row.Int("helpful_count");
  review.author_name = AuthorName(row.Text("author_full_name"));
  review.created_at = row.Timestamp("created_at");
  review.updated_at = row.Timestamp("updated_at");
  return review;
}

AdminReview AdminReviewFromRow(const db::Row& row) {
  AdminReview review{ReviewFromRow(row)};
  review.product_name = row.String("product_name");
  review.product_slug = row.String("product_slug");
  review.author_email = row.String("author_email");
  return review;
}

nlohmann::json ToJson(const Review& review) {
  return {{"id", review.id},
          {"product_id", review.product_id},
          {"rating", review.rating},
          {"title", review.title},
          {"body", review.body},
          {"author_name", review.author_name},
          {"verified_purchase", true},
          {"helpful_count", review.helpful_count},
          {"is_hidden", review.is_hidden},
          {"created_at", review.created_at},
          {"updated_at", review.updated_at}};
}

nlohmann::json ToJson(const AdminReview& review) {
  nlohmann::json json = ToJson(static_cast<const Review&>(review));
  json.update({{"product_name", review.product_name},
               {"product_slug", review.product_slug},
               {"author_email", review.author_email}});
  return json;
}

nlohmann::json ToJson(const Rating& rating) {
  nlohmann::json distribution = nlohmann::json::object();
  for (std::size_t i = 0; i < rating.counts.size(); ++i) distribution[std::to_string(i + 1)] = rating.counts.at(i);
  return {{"average", http::OrNull(rating.average())}, {"count", rating.count()}, {"distribution", distribution}};
}

}  // namespace shop::reviews

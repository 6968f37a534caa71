// Reviews from verified buyers: a review as the API shows it, how its author is named, and a
// product's rating (average, count and distribution of its visible reviews).
#pragma once

#include <array>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "db/connection.hpp"

namespace shop::reviews {

// What the customer writes.
struct ReviewInput {
  int rating = 0;  // 1 to 5
  std::string title;
  std::string body;
};

struct Review : ReviewInput {
  std::int64_t id = 0;
  std::int64_t product_id = 0;
  std::string author_name;
  std::int64_t helpful_count = 0;
  bool is_hidden = false;
  std::string created_at;
  std::string updated_at;
};

// A review as the back office lists it: with its product and its author's address.
struct AdminReview : Review {
  std::string product_name;
  std::string product_slug;
  std::string author_email;
};

// The visible reviews of a product: how many of each rating, 1 to 5.
struct Rating {
  std::array<std::int64_t, 5> counts{};
  std::int64_t count() const;
  // Rounded to two decimals; nullopt without reviews.
  std::optional<double> average() const;
};

// How a reviewer is named to everyone: the first word of their name and the initial of the last
// ("Ada Lovelace" → "Ada L."; "Ada" → "Ada"; nothing → "A customer").
std::string AuthorName(std::string_view full_name);

// The columns ReviewFromRow reads, from reviews r joined with users u.
inline constexpr std::string_view kReviewColumns =
    "r.id, r.product_id, r.rating, r.title, r.body, r.is_hidden, r.helpful_count, r.created_at, r.updated_at, "
    "u.full_name AS author_full_name";

Review ReviewFromRow(const db::Row& row);
// Also reads product_name, product_slug and author_email.
AdminReview AdminReviewFromRow(const db::Row& row);

// The Review, AdminReview and Rating objects of docs/api.md.
nlohmann::json ToJson(const Review& review);
nlohmann::json ToJson(const AdminReview& review);
nlohmann::json ToJson(const Rating& rating);

}  // namespace shop::reviews

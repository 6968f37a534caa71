#include "reviews/reviews_routes.hpp"

#include "http/json_or_null.hpp"
#include "http/validation.hpp"

namespace shop::reviews {
namespace {

using nlohmann::json;

constexpr std::size_t kMaxSearchLength = 100;

json ReviewJson(const Review& review) { return ToJson(review); }
json AdminReviewJson(const AdminReview& review) { return ToJson(review); }

ReviewInput ReadInput(http::Fields& fields) {
  return ReviewInput{static_cast<int>(fields.Int("rating", 1, 5)), fields.String("title", {.max_length = 120}),
                     fields.String("body", {.max_length = 5000})};
}

json InputJson(const ReviewInput& input) {
  return {{"rating", input.rating}, {"title", input.title}, {"body", input.body}};
}

}  // namespace

Result<http::Response> ListProductReviews(ReviewService& service, const http::Request& request) {
  http::Fields fields;
  const auto product_id = fields.PathId(request, "id");
  const auto page = fields.Page(request);
  const auto sort = fields.QueryOneOf(request, "sort", "newest", {"newest", "helpful"});
  if (auto valid = fields.Finish(); !valid) return std::move(valid).error();
  const auto order = sort == "helpful" ? store::ReviewOrder::kHelpful : store::ReviewOrder::kNewest;
  SHOP_TRY(found, service.List(product_id, order, page.size, page.offset()));
  return http::PageResponse(*found, page, ReviewJson);
}

Result<http::Response> ShowProductRating(ReviewService& service, const http::Request& request) {
  SHOP_TRY(product_id, http::PathId(request, "id"));
  return http::Respond(service.RatingOf(*product_id), 200, [](const Rating& rating) { return ToJson(rating); });
}

Result<http::Response> ShowMyReview(ReviewService& service, const http::Request& request) {
  SHOP_TRY(product_id, http::PathId(request, "id"));
  return http::Respond(service.EligibilityOf(*product_id, request.Caller().user_id), 200,
                       [](const Eligibility& eligibility) {
                         return json{{"can_review", eligibility.can_review},
                                     {"reason", http::OrNull(eligibility.reason)},
                                     {"review", eligibility.review ? ToJson(*eligibility.review) : nullptr}};
                       });
}

Result<http::Response> CreateReview(ReviewService& service, const http::Request& request) {
  SHOP_TRY(product_id, http::PathId(request, "id"));
  SHOP_TRY(input, http::ReadJsonBody(request, ReadInput));
  return http::Respond(service.Create(*product_id, request.Caller().user_id, *input), 201, ReviewJson);
}

// The fields sent replace those of the review; the rest stay (the body is merged into the review,
// then checked as a whole).
Result<http::Response> UpdateReview(ReviewService& service, const http::Request& request) {
  SHOP_TRY(review_id, http::PathId(request, "id"));
  SHOP_TRY(body, http::ParseJsonBody(request));
  const std::int64_t user_id = request.Caller().user_id;
  SHOP_TRY(review, service.GetOwn(*review_id, user_id));
  json merged = InputJson(*review);
  merged.update(*body);
  SHOP_TRY(input, http::ReadJson(merged, ReadInput));
  return http::Respond(service.Update(*review_id, user_id, *input), 200, ReviewJson);
}

Result<http::Response> DeleteReview(ReviewService& service, const http::Request& request) {
  SHOP_TRY(review_id, http::PathId(request, "id"));
  SHOP_TRY(removed, service.Remove(*review_id, request.Caller().user_id));
  return http::Response::NoContent();
}

Result<http::Response> MarkReviewHelpful(ReviewService& service, const http::Request& request) {
  SHOP_TRY(review_id, http::PathId(request, "id"));
  return http::Respond(service.MarkHelpful(*review_id, request.Caller().user_id), 200, ReviewJson);
}

Result<http::Response> ListAdminReviews(ReviewService& service, const http::Request& request) {
  http::Fields fields;
  const auto page = fields.Page(request);
  const auto search = fields.QueryString(request, "search", kMaxSearchLength);
  const auto status = fields.QueryOneOf(request, "status", "", {"visible", "hidden"});
  if (auto valid = fields.Finish(); !valid) return std::move(valid).error();
  std::optional<bool> hidden;
  if (!status.empty()) hidden = status == "hidden";
  return http::PageResponse(service.ListForAdmin(hidden, search, page.size, page.offset()), page, AdminReviewJson);
}

Result<http::Response> UpdateAdminReview(ReviewService& service, const http::Request& request) {
  SHOP_TRY(review_id, http::PathId(request, "id"));
  SHOP_TRY(hidden, http::ReadJsonBody(request, [](http::Fields& fields) { return fields.Bool("is_hidden"); }));
  return http::Respond(service.SetHidden(*review_id, *hidden), 200, AdminReviewJson);
}

}  // namespace shop::reviews

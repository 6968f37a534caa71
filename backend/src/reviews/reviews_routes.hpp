// Handlers of product reviews: /api/products/{id}/reviews, /api/products/{id}/rating,
// /api/reviews/{id} and the back office's /api/admin/reviews (see docs/api.md). Bound to their
// routes in app/routes.cpp; the OpenAPI document describes each.
#pragma once

#include "http/router.hpp"
#include "reviews/reviews_service.hpp"

namespace shop::reviews {

http::HandlerOf<ReviewService> ListProductReviews, ShowProductRating, ShowMyReview, CreateReview, UpdateReview,
    DeleteReview, MarkReviewHelpful, ListAdminReviews, UpdateAdminReview;

}  // namespace shop::reviews

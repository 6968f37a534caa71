// Reviews over HTTP against the real database: only a customer who received a product reviews it,
// once; the author alone changes it; the rating counts visible reviews only; helpful votes count
// once; an admin hides a review; and the product list sorts by rating.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/accounts.hpp"
#include "support/products.hpp"
#include "support/test_server.hpp"

namespace shop::testing {
namespace {

const nlohmann::json kShipping = {{"customer_name", "Rita Reviewer"},   {"customer_email", "rita@example.com"},
                                  {"shipping_address", "3 Quiet Road"}, {"shipping_city", "Readville"},
                                  {"shipping_postal_code", "11111"},    {"shipping_country", "US"}};

const TestUser& Admin() {
  static const TestUser kAdmin = CreateUser(Db(), "admin");
  return kAdmin;
}

// Orders the product as the user, then moves the order to `status` as the shop would.
void Order(const TestUser& user, const TestProduct& product, const std::string& status = "delivered") {
  ASSERT_EQ(Api().Post("/api/cart", {{"product_id", product.id}}, user.auth()).status, 201);
  auto placed = Api().Post("/api/orders", kShipping, user.auth());
  ASSERT_EQ(placed.status, 201) << placed.body;
  Db().Execute("UPDATE orders SET status = '" + status +
               "' WHERE id = " + std::to_string(placed.json()["id"].get<int>()));
}

// A customer named `name` who received the product.
TestUser Buyer(const TestProduct& product, const std::string& name = "Rita Reviewer") {
  auto user = CreateUser(Db());
  Db().Execute("UPDATE users SET full_name = '" + name + "' WHERE id = " + std::to_string(user.id));
  Order(user, product);
  return user;
}

std::string ReviewsOf(const TestProduct& product) { return "/api/products/" + std::to_string(product.id) + "/reviews"; }

nlohmann::json Review(int rating, const std::string& title = "Lovely", const std::string& body = "Works well.") {
  return {{"rating", rating}, {"title", title}, {"body", body}};
}

nlohmann::json Write(const TestUser& user, const TestProduct& product, const nlohmann::json& review) {
  auto response = Api().Post(ReviewsOf(product), review, user.auth());
  EXPECT_EQ(response.status, 201) << response.body;
  return response.json();
}

std::string PathOf(const nlohmann::json& review) {
  return "/api/reviews/" + std::to_string(review["id"].get<std::int64_t>());
}

nlohmann::json RatingOf(const TestProduct& product) {
  return Api().Get("/api/products/" + std::to_string(product.id) + "/rating").json();
}

TEST(Reviews, ACustomerWhoReceivedTheProductReviewsItOnce) {
  const auto product = CreateProduct(Db());
  const auto buyer = Buyer(product, "Ada  Byron Lovelace");
  auto mine = Api().Get(ReviewsOf(product) + "/mine", buyer.auth()).json();
  EXPECT_TRUE(mine["can_review"]);
  EXPECT_EQ(mine["review"], nullptr);

  const auto review = Write(buyer, product, Review(4, "  Sturdy mug  ", "<b>not bold</b> & fine"));
  EXPECT_EQ(review["rating"], 4);
  EXPECT_EQ(review["title"], "Sturdy mug") << "trimmed";
  EXPECT_EQ(review["body"], "<b>not bold</b> & fine") << "kept as the text it is";
  EXPECT_EQ(review["author_name"], "Ada L.");
  EXPECT_TRUE(review["verified_purchase"]);
  EXPECT_FALSE(review["is_hidden"]);
  EXPECT_EQ(review["helpful_count"], 0);

  auto again = Api().Post(ReviewsOf(product), Review(5), buyer.auth());
  EXPECT_EQ(again.status, 409) << again.body;
  mine = Api().Get(ReviewsOf(product) + "/mine", buyer.auth()).json();
  EXPECT_FALSE(mine["can_review"]);
  EXPECT_EQ(mine["reason"], "You have already reviewed this product.");
  EXPECT_EQ(mine["review"]["id"], review["id"]);

  const auto listed = Api().Get(ReviewsOf(product)).json();
  ASSERT_EQ(listed["total"], 1);
  EXPECT_EQ(listed["items"][0], review);
}

TEST(Reviews, NoDeliveredOrderNoReview) {
  const auto product = CreateProduct(Db());
  const auto stranger = CreateUser(Db());
  const auto waiting = CreateUser(Db());
  Order(waiting, product, "shipped");
  for (const auto* user : {&stranger, &waiting}) {
    const auto mine = Api().Get(ReviewsOf(product) + "/mine", user->auth()).json();
    EXPECT_FALSE(mine["can_review"]);
    EXPECT_EQ(mine["reason"], "Only customers who received this product can review it.");
    EXPECT_EQ(Api().Post(ReviewsOf(product), Review(5), user->auth()).status, 403);
  }
  EXPECT_EQ(Api().Post(ReviewsOf(product), Review(5)).status, 401);
  EXPECT_EQ(Api().Get("/api/products/999999999/reviews").status, 404);
  EXPECT_EQ(Api().Get("/api/products/999999999/rating").status, 404);
  const auto hidden_product = CreateProduct(Db(), {.active = false});
  EXPECT_EQ(Api().Get(ReviewsOf(hidden_product)).status, 404);
}

TEST(Reviews, BadFieldsAre422) {
  const auto product = CreateProduct(Db());
  const auto buyer = Buyer(product);
  auto response =
      Api().Post(ReviewsOf(product), {{"rating", 6}, {"title", ""}, {"body", std::string(5001, 'x')}}, buyer.auth());
  ASSERT_EQ(response.status, 422) << response.body;
  const auto body = response.json();
  std::vector<std::string> fields;
  for (const auto& error : body["detail"]) fields.push_back(error["loc"][1]);
  EXPECT_EQ(fields, (std::vector<std::string>{"rating", "title", "body"}));
  EXPECT_EQ(Api().Get(ReviewsOf(product) + "?sort=loudest").status, 422);
}

TEST(Reviews, TheRatingCountsVisibleReviewsAndTheAuthorAloneChangesOne) {
  const auto product = CreateProduct(Db());
  EXPECT_EQ(RatingOf(product),
            nlohmann::json::parse(R"({"average":null,"count":0,"distribution":{"1":0,"2":0,"3":0,"4":0,"5":0}})"));
  const auto a = Buyer(product);
  const auto b = Buyer(product);
  const auto c = Buyer(product);
  Write(a, product, Review(5));
  const auto by_b = Write(b, product, Review(4));
  Write(c, product, Review(4));
  auto rating = RatingOf(product);
  EXPECT_EQ(rating["average"], 4.33);
  EXPECT_EQ(rating["count"], 3);
  EXPECT_EQ(rating["distribution"], nlohmann::json::parse(R"({"1":0,"2":0,"3":0,"4":2,"5":1})"));

  EXPECT_EQ(Api().Put(PathOf(by_b), {{"rating", 1}}, a.auth()).status, 404) << "not the author";
  EXPECT_EQ(Api().Delete(PathOf(by_b), a.auth()).status, 404);
  auto changed = Api().Put(PathOf(by_b), {{"rating", 2}}, b.auth());
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(changed.json()["rating"], 2);
  EXPECT_EQ(changed.json()["title"], "Lovely") << "fields not sent stay";
  EXPECT_EQ(RatingOf(product)["average"], 3.67);

  auto hidden =
      Api().Put("/api/admin/reviews/" + std::to_string(by_b["id"].get<int>()), {{"is_hidden", true}}, Admin().auth());
  ASSERT_EQ(hidden.status, 200) << hidden.body;
  EXPECT_TRUE(hidden.json()["is_hidden"]);
  EXPECT_EQ(hidden.json()["author_email"], b.email);
  EXPECT_EQ(RatingOf(product)["count"], 2);
  EXPECT_EQ(RatingOf(product)["average"], 4.5);
  EXPECT_EQ(Api().Get(ReviewsOf(product)).json()["total"], 2) << "a hidden review is shown to no one";
  EXPECT_TRUE(Api().Get(ReviewsOf(product) + "/mine", b.auth()).json()["review"]["is_hidden"])
      << "but its author sees it is hidden";

  EXPECT_EQ(Api().Delete(PathOf(by_b), b.auth()).status, 204);
  EXPECT_TRUE(Api().Get(ReviewsOf(product) + "/mine", b.auth()).json()["can_review"]);
  EXPECT_EQ(Db().QueryValue("SELECT review_count || ' ' || rating_average FROM products WHERE id = " +
                            std::to_string(product.id)),
            "2 4.50");
}

TEST(Reviews, HelpfulVotesCountOnceAndSortTheMostHelpfulFirst) {
  const auto product = CreateProduct(Db());
  const auto a = Buyer(product);
  const auto b = Buyer(product);
  const auto first = Write(a, product, Review(3, "First"));
  const auto second = Write(b, product, Review(5, "Second"));
  const auto voter = CreateUser(Db());

  EXPECT_EQ(Api().Post(PathOf(first) + "/helpful", nlohmann::json::object(), a.auth()).status, 403)
      << "not on one's own review";
  for (int i = 0; i < 2; ++i) {
    auto voted = Api().Post(PathOf(first) + "/helpful", nlohmann::json::object(), voter.auth());
    ASSERT_EQ(voted.status, 200) << voted.body;
    EXPECT_EQ(voted.json()["helpful_count"], 1) << "a second vote changes nothing";
  }
  EXPECT_EQ(Api().Get(ReviewsOf(product)).json()["items"][0]["id"], second["id"]) << "newest first";
  EXPECT_EQ(Api().Get(ReviewsOf(product) + "?sort=helpful").json()["items"][0]["id"], first["id"]);
  EXPECT_EQ(Api().Post("/api/reviews/999999999/helpful", nlohmann::json::object(), voter.auth()).status, 404);
}

TEST(Reviews, TheProductListSortsByRatingWithUnreviewedProductsLast) {
  const auto good = CreateProduct(Db());
  const auto fair = CreateProduct(Db());
  const auto unrated = CreateProduct(Db());
  Write(Buyer(good), good, Review(5));
  Write(Buyer(fair), fair, Review(3));
  const auto page = Api().Get("/api/products?sort=rating&size=100").json();
  std::vector<std::int64_t> order;
  for (const auto& product : page["items"]) {
    const std::int64_t id = product["id"];
    if (id == good.id || id == fair.id || id == unrated.id) order.push_back(id);
  }
  EXPECT_EQ(order, (std::vector<std::int64_t>{good.id, fair.id, unrated.id}));
}

TEST(AdminReviews, AdminsListByStatusAndSearchAndOnlyAdminsMayHide) {
  const auto product = CreateProduct(Db());
  const auto buyer = Buyer(product);
  const auto review = Write(buyer, product, Review(2, "Chipped on arrival " + std::to_string(product.id)));
  const std::string review_path = "/api/admin/reviews/" + std::to_string(review["id"].get<int>());
  EXPECT_EQ(Api().Put(review_path, {{"is_hidden", true}}, buyer.auth()).status, 403);
  EXPECT_EQ(Api().Get("/api/admin/reviews", buyer.auth()).status, 403);

  const std::string search = "/api/admin/reviews?search=chipped%20on%20arrival%20" + std::to_string(product.id);
  auto found = Api().Get(search, Admin().auth()).json();
  ASSERT_EQ(found["total"], 1) << found.dump();
  EXPECT_EQ(found["items"][0]["product_name"], product.name);
  EXPECT_EQ(found["items"][0]["product_slug"], product.slug);
  EXPECT_EQ(Api().Get(search + "&status=hidden", Admin().auth()).json()["total"], 0);
  ASSERT_EQ(Api().Put(review_path, {{"is_hidden", true}}, Admin().auth()).status, 200);
  EXPECT_EQ(Api().Get(search + "&status=hidden", Admin().auth()).json()["total"], 1);
  EXPECT_EQ(Api().Get(search + "&status=visible", Admin().auth()).json()["total"], 0);
  EXPECT_EQ(Api().Get("/api/admin/reviews?status=secret", Admin().auth()).status, 422);
  EXPECT_EQ(Api().Put("/api/admin/reviews/999999999", {{"is_hidden", true}}, Admin().auth()).status, 404);
  EXPECT_EQ(Api().Put(review_path, nlohmann::json::object(), Admin().auth()).status, 422);
}

}  // namespace
}  // namespace shop::testing

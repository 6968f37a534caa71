// The cart over real HTTP: adding, changing and removing lines against stock, exact totals,
// ownership, validation, and merging a browser cart.
#include <gtest/gtest.h>

#include "support/accounts.hpp"
#include "support/products.hpp"
#include "support/test_server.hpp"

namespace shop::testing {
namespace {

HttpResponse Add(const TestUser& user, std::int64_t product_id, int quantity) {
  return Api().Post("/api/cart", {{"product_id", product_id}, {"quantity", quantity}}, user.auth());
}

// The cart line of a product, or null.
nlohmann::json LineOf(const nlohmann::json& cart, std::int64_t product_id) {
  for (const auto& item : cart["items"]) {
    if (item["product_id"] == product_id) return item;
  }
  return nullptr;
}

TEST(Cart, StartsEmpty) {
  auto user = CreateUser(Db());
  auto response = Api().Get("/api/cart", user.auth());
  ASSERT_EQ(response.status, 200);
  EXPECT_EQ(response.json(), (nlohmann::json{{"items", nlohmann::json::array()},
                                             {"total_items", 0},
                                             {"subtotal", 0},
                                             {"discount", nullptr},
                                             {"discount_amount", 0},
                                             {"total", 0}}));
}

TEST(Cart, RequiresSignIn) {
  EXPECT_EQ(Api().Get("/api/cart").status, 401);
  EXPECT_EQ(Api().Post("/api/cart", {{"product_id", 1}}).status, 401);
  EXPECT_EQ(Api().Delete("/api/cart").status, 401);
}

TEST(Cart, AddReturns201WithTheLineAndItsProduct) {
  auto user = CreateUser(Db());
  auto product = CreateProduct(Db(), {.price = "19.99", .stock = 7, .image_url = "/uploads/a.png"});
  auto response = Add(user, product.id, 2);
  ASSERT_EQ(response.status, 201) << response.body;
  auto cart = response.json();
  ASSERT_EQ(cart["items"].size(), 1u);
  const auto& item = cart["items"][0];
  EXPECT_GT(item["id"].get<std::int64_t>(), 0);
  EXPECT_EQ(item["product_id"], product.id);
  EXPECT_EQ(item["quantity"], 2);
  EXPECT_EQ(item["line_total"], 39.98);
  EXPECT_EQ(item["product"], (nlohmann::json{{"id", product.id},
                                             {"name", product.name},
                                             {"slug", product.slug},
                                             {"price", 19.99},
                                             {"image_url", "/uploads/a.png"},
                                             {"stock_quantity", 7}}));
  EXPECT_TRUE(item["created_at"].get<std::string>().ends_with("Z"));
  EXPECT_EQ(cart["total_items"], 2);
  EXPECT_EQ(cart["subtotal"], 39.98);
}

TEST(Cart, QuantityDefaultsToOne) {
  auto user = CreateUser(Db());
  auto product = CreateProduct(Db());
  auto response = Api().Post("/api/cart", {{"product_id", product.id}}, user.auth());
  ASSERT_EQ(response.status, 201);
  EXPECT_EQ(response.json()["items"][0]["quantity"], 1);
}

TEST(Cart, AddingAProductAgainAddsToItsLine) {
  auto user = CreateUser(Db());
  auto product = CreateProduct(Db(), {.stock = 10});
  ASSERT_EQ(Add(user, product.id, 2).status, 201);
  auto response = Add(user, product.id, 3);
  ASSERT_EQ(response.status, 201);
  auto cart = response.json();
  ASSERT_EQ(cart["items"].size(), 1u);
  EXPECT_EQ(cart["items"][0]["quantity"], 5);
  EXPECT_EQ(cart["total_items"], 5);
}

TEST(Cart, TotalsAreExactInCents) {
  auto user = CreateUser(Db());
  auto dime = CreateProduct(Db(), {.price = "0.10"});
  auto fifth = CreateProduct(Db(), {.price = "0.20"});
  auto pricey = CreateProduct(Db(), {.price = "1234567.89"});
  ASSERT_EQ(Add(user, dime.id, 3).status, 201);
  ASSERT_EQ(Add(user, fifth.id, 1).status, 201);
  auto response = Add(user, pricey.id, 3);
  ASSERT_EQ(response.status, 201);
  auto cart = response.json();
  EXPECT_EQ(LineOf(cart, dime.id)["line_total"], 0.3);  // 0.1 * 3 in binary floating point is 0.30000000000000004
  EXPECT_EQ(LineOf(cart, pricey.id)["line_total"], 3703703.67);
  EXPECT_EQ(cart["subtotal"], 3703704.17);
  EXPECT_EQ(cart["total_items"], 7);
  EXPECT_NE(response.body.find("\"subtotal\":3703704.17"), std::string::npos) << response.body;
}

TEST(Cart, AddingMoreThanTheStockIs400AndChangesNothing) {
  auto user = CreateUser(Db());
  auto product = CreateProduct(Db(), {.stock = 3});
  auto too_many = Add(user, product.id, 4);
  EXPECT_EQ(too_many.status, 400);
  EXPECT_TRUE(too_many.json()["detail"].get<std::string>().starts_with("Insufficient stock")) << too_many.body;

  ASSERT_EQ(Add(user, product.id, 2).status, 201);
  auto beyond = Add(user, product.id, 2);
  EXPECT_EQ(beyond.status, 400);
  EXPECT_TRUE(beyond.json()["detail"].get<std::string>().starts_with("Insufficient stock"));
  EXPECT_EQ(Api().Get("/api/cart", user.auth()).json()["items"][0]["quantity"], 2);
  EXPECT_EQ(Add(user, product.id, 1).status, 201);  // exactly the stock is fine
}

TEST(Cart, UnknownOrInactiveProductIs404) {
  auto user = CreateUser(Db());
  auto inactive = CreateProduct(Db(), {.active = false});
  EXPECT_EQ(Add(user, 999'999'999, 1).status, 404);
  auto response = Add(user, inactive.id, 1);
  EXPECT_EQ(response.status, 404);
  EXPECT_EQ(response.json()["detail"], "Product not found");
}

TEST(Cart, BadInputIs422Or415) {
  auto user = CreateUser(Db());
  auto product = CreateProduct(Db());
  auto missing = Api().Post("/api/cart", nlohmann::json::object(), user.auth());
  ASSERT_EQ(missing.status, 422);
  EXPECT_EQ(missing.json()["detail"][0]["loc"], (nlohmann::json{"body", "product_id"}));

  auto zero = Api().Post("/api/cart", {{"product_id", product.id}, {"quantity", 0}}, user.auth());
  ASSERT_EQ(zero.status, 422);
  EXPECT_EQ(zero.json()["detail"][0]["loc"], (nlohmann::json{"body", "quantity"}));

  EXPECT_EQ(Api().Post("/api/cart", {{"product_id", "abc"}}, user.auth()).status, 422);
  EXPECT_EQ(Api().Post("/api/cart", {{"product_id", product.id}, {"quantity", 1.5}}, user.auth()).status, 422);
  EXPECT_EQ(Api().Post("/api/cart", {{"product_id", product.id}, {"quantity", -1}}, user.auth()).status, 422);

  auto headers = user.auth();
  headers.emplace_back("Content-Type", "text/plain");
  EXPECT_EQ(Api().Send("POST", "/api/cart", "product_id=1", headers).status, 415);
  headers.back().second = "application/json";
  EXPECT_EQ(Api().Send("POST", "/api/cart", "{not json", headers).status, 422);
}

TEST(Cart, UpdateSetsTheQuantity) {
  auto user = CreateUser(Db());
  auto product = CreateProduct(Db(), {.price = "2.50", .stock = 10});
  auto item_id = Add(user, product.id, 1).json()["items"][0]["id"].get<std::int64_t>();
  auto response = Api().Put("/api/cart/" + std::to_string(item_id), {{"quantity", 4}}, user.auth());
  ASSERT_EQ(response.status, 200) << response.body;
  EXPECT_EQ(response.json()["items"][0]["quantity"], 4);
  EXPECT_EQ(response.json()["subtotal"], 10.0);
}

TEST(Cart, UpdateAboveStockIs400AndZeroIs422) {
  auto user = CreateUser(Db());
  auto product = CreateProduct(Db(), {.stock = 3});
  auto path = "/api/cart/" + std::to_string(Add(user, product.id, 1).json()["items"][0]["id"].get<std::int64_t>());
  auto above = Api().Put(path, {{"quantity", 4}}, user.auth());
  EXPECT_EQ(above.status, 400);
  EXPECT_TRUE(above.json()["detail"].get<std::string>().starts_with("Insufficient stock"));
  EXPECT_EQ(Api().Put(path, {{"quantity", 0}}, user.auth()).status, 422);
  EXPECT_EQ(Api().Put(path, nlohmann::json::object(), user.auth()).status, 422);
  EXPECT_EQ(Api().Put("/api/cart/abc", {{"quantity", 1}}, user.auth()).status, 422);
  EXPECT_EQ(Api().Get("/api/cart", user.auth()).json()["items"][0]["quantity"], 1);
}

TEST(Cart, SomeoneElsesItemIs404) {
  auto owner = CreateUser(Db());
  auto stranger = CreateUser(Db());
  auto product = CreateProduct(Db());
  auto path = "/api/cart/" + std::to_string(Add(owner, product.id, 1).json()["items"][0]["id"].get<std::int64_t>());
  EXPECT_EQ(Api().Put(path, {{"quantity", 2}}, stranger.auth()).status, 404);
  EXPECT_EQ(Api().Delete(path, stranger.auth()).status, 404);
  EXPECT_EQ(Api().Get("/api/cart", owner.auth()).json()["items"][0]["quantity"], 1);
  EXPECT_EQ(Api().Delete("/api/cart/999999999", owner.auth()).status, 404);
}

TEST(Cart, RemoveDeletesTheLine) {
  auto user = CreateUser(Db());
  auto kept = CreateProduct(Db(), {.price = "3.00"});
  auto removed = CreateProduct(Db());
  ASSERT_EQ(Add(user, kept.id, 1).status, 201);
  auto cart = Add(user, removed.id, 2).json();
  auto item_id = LineOf(cart, removed.id)["id"].get<std::int64_t>();
  auto response = Api().Delete("/api/cart/" + std::to_string(item_id), user.auth());
  ASSERT_EQ(response.status, 200);
  EXPECT_EQ(response.json()["items"].size(), 1u);
  EXPECT_EQ(response.json()["subtotal"], 3.0);
  EXPECT_EQ(Api().Delete("/api/cart/" + std::to_string(item_id), user.auth()).status, 404);
}

TEST(Cart, ClearEmptiesTheCartWith204) {
  auto user = CreateUser(Db());
  ASSERT_EQ(Add(user, CreateProduct(Db()).id, 1).status, 201);
  ASSERT_EQ(Add(user, CreateProduct(Db()).id, 1).status, 201);
  auto response = Api().Delete("/api/cart", user.auth());
  EXPECT_EQ(response.status, 204);
  EXPECT_TRUE(response.body.empty());
  EXPECT_EQ(Api().Get("/api/cart", user.auth()).json()["total_items"], 0);
}

TEST(Cart, LinesOfDeactivatedProductsAreHidden) {
  auto user = CreateUser(Db());
  auto product = CreateProduct(Db());
  ASSERT_EQ(Add(user, product.id, 1).status, 201);
  Db().Execute("UPDATE products SET is_active = false WHERE id = " + std::to_string(product.id));
  auto cart = Api().Get("/api/cart", user.auth()).json();
  EXPECT_TRUE(cart["items"].empty());
  EXPECT_EQ(cart["subtotal"], 0);
}

// GET /api/cart is answered from a cache after the first time: every change must still show.
TEST(Cart, ShowsEveryChangeAtOnceThoughItIsKept) {
  auto user = CreateUser(Db());
  auto buyer = CreateUser(Db());
  auto admin = CreateUser(Db(), "admin");
  auto kept = CreateProduct(Db(), {.price = "10.00", .stock = 10});
  auto other = CreateProduct(Db());
  const auto cart = [&] {
    auto response = Api().Get("/api/cart", user.auth());
    EXPECT_EQ(response.status, 200);
    return response.json();
  };
  ASSERT_EQ(Add(user, kept.id, 1).status, 201);
  ASSERT_EQ(cart()["total_items"], 1);
  ASSERT_EQ(Add(user, other.id, 2).status, 201);
  EXPECT_EQ(cart()["total_items"], 3);
  const auto line = LineOf(cart(), kept.id);
  const std::string line_path = "/api/cart/" + std::to_string(line["id"].get<std::int64_t>());
  ASSERT_EQ(Api().Put(line_path, {{"quantity", 3}}, user.auth()).status, 200);
  EXPECT_EQ(LineOf(cart(), kept.id)["quantity"], 3);

  ASSERT_EQ(Add(buyer, kept.id, 4).status, 201);  // someone else buys four
  const nlohmann::json shipping = {{"customer_name", "Bo Buyer"},       {"customer_email", "bo@example.com"},
                                   {"shipping_address", "2 Dock Road"}, {"shipping_city", "Salem"},
                                   {"shipping_postal_code", "97301"},   {"shipping_country", "US"}};
  ASSERT_EQ(Api().Post("/api/orders", shipping, buyer.auth()).status, 201);
  EXPECT_EQ(LineOf(cart(), kept.id)["product"]["stock_quantity"], 6);

  const std::string product_path = "/api/products/" + std::to_string(kept.id);
  ASSERT_EQ(Api().Put(product_path, {{"price", 12.5}}, admin.auth()).status, 200);
  EXPECT_EQ(LineOf(cart(), kept.id)["product"]["price"], 12.5);

  const auto other_line = LineOf(cart(), other.id);
  const std::string other_path = "/api/cart/" + std::to_string(other_line["id"].get<std::int64_t>());
  ASSERT_EQ(Api().Delete(other_path, user.auth()).status, 200);
  EXPECT_EQ(cart()["items"].size(), 1u);
  ASSERT_EQ(
      Api().Post("/api/cart/merge", {{"items", {{{"product_id", other.id}, {"quantity", 1}}}}}, user.auth()).status,
      200);
  EXPECT_EQ(cart()["items"].size(), 2u);
  ASSERT_EQ(Api().Delete("/api/cart", user.auth()).status, 204);
  EXPECT_EQ(cart()["total_items"], 0);
}

TEST(CartMerge, AddsUpCapsAtStockAndSkipsUnavailableProducts) {
  auto user = CreateUser(Db());
  auto capped = CreateProduct(Db(), {.price = "1.00", .stock = 5});
  auto plain = CreateProduct(Db(), {.price = "2.00", .stock = 10});
  auto inactive = CreateProduct(Db(), {.active = false});
  auto sold_out = CreateProduct(Db(), {.stock = 0});
  ASSERT_EQ(Add(user, capped.id, 2).status, 201);

  auto response = Api().Post("/api/cart/merge",
                             {{"items",
                               {{{"product_id", capped.id}, {"quantity", 4}},
                                {{"product_id", plain.id}, {"quantity", 1}},
                                {{"product_id", 999'999'999}, {"quantity", 1}},
                                {{"product_id", inactive.id}, {"quantity", 2}},
                                {{"product_id", sold_out.id}, {"quantity", 1}},
                                {{"product_id", plain.id}, {"quantity", 2}}}}},
                             user.auth());
  ASSERT_EQ(response.status, 200) << response.body;
  auto cart = response.json();
  EXPECT_EQ(LineOf(cart, capped.id)["quantity"], 5);
  EXPECT_EQ(LineOf(cart, plain.id)["quantity"], 3);
  EXPECT_EQ(cart["items"].size(), 2u);
  EXPECT_EQ(cart["total_items"], 8);
  EXPECT_EQ(cart["subtotal"], 11.0);
  EXPECT_EQ(cart["adjustments"],
            (nlohmann::json{
                {{"product_id", capped.id}, {"requested", 6}, {"quantity", 5}, {"reason", "capped"}},
                {{"product_id", 999'999'999}, {"requested", 1}, {"reason", "unavailable"}},
                {{"product_id", inactive.id}, {"requested", 2}, {"reason", "unavailable"}},
                {{"product_id", sold_out.id}, {"requested", 1}, {"reason", "unavailable"}},
            }));
}

TEST(CartMerge, NothingToMergeKeepsTheCart) {
  auto user = CreateUser(Db());
  auto product = CreateProduct(Db());
  ASSERT_EQ(Add(user, product.id, 2).status, 201);
  auto response = Api().Post("/api/cart/merge", {{"items", nlohmann::json::array()}}, user.auth());
  ASSERT_EQ(response.status, 200);
  EXPECT_EQ(response.json()["total_items"], 2);
  EXPECT_EQ(response.json()["adjustments"], nlohmann::json::array());
}

TEST(CartMerge, BadLinesAre422WithTheirPosition) {
  auto user = CreateUser(Db());
  auto product = CreateProduct(Db());
  EXPECT_EQ(Api().Post("/api/cart/merge", nlohmann::json::object(), user.auth()).status, 422);
  EXPECT_EQ(Api().Post("/api/cart/merge", {{"items", "x"}}, user.auth()).status, 422);
  auto response = Api().Post(
      "/api/cart/merge",
      {{"items", {{{"product_id", product.id}, {"quantity", 1}}, {{"product_id", product.id}, {"quantity", 0}}, 7}}},
      user.auth());
  ASSERT_EQ(response.status, 422);
  auto detail = response.json()["detail"];
  ASSERT_EQ(detail.size(), 2u);
  EXPECT_EQ(detail[0]["loc"], (nlohmann::json{"body", "items", "1", "quantity"}));
  EXPECT_EQ(detail[1]["loc"], (nlohmann::json{"body", "items", "2"}));
  EXPECT_EQ(Api().Get("/api/cart", user.auth()).json()["total_items"], 0);
}

}  // namespace
}  // namespace shop::testing

// Checkout and orders over real HTTP: the all-or-nothing checkout, gap-free order numbers,
// idempotent retries, reading orders, status changes with their emails and restocking.
#include <gtest/gtest.h>

#include <set>
#include <vector>

#include "support/accounts.hpp"
#include "support/products.hpp"
#include "support/test_server.hpp"

namespace shop::testing {
namespace {

nlohmann::json Shipping(const std::string& email = "buyer@example.com") {
  return {
      {"customer_name", "Ada Buyer"},          {"customer_email", email},     {"customer_phone", "+1 (555) 010-2000"},
      {"shipping_address", "1 Harbor Street"}, {"shipping_city", "Portland"}, {"shipping_state", "OR"},
      {"shipping_postal_code", "97201"},       {"shipping_country", "US"},    {"notes", "Leave at the door"}};
}

void PutInCart(const TestUser& user, std::int64_t product_id, int quantity) {
  auto response = Api().Post("/api/cart", {{"product_id", product_id}, {"quantity", quantity}}, user.auth());
  ASSERT_EQ(response.status, 201) << response.body;
}

HttpResponse Checkout(const TestUser& user, const std::string& key = "", const nlohmann::json& body = Shipping()) {
  auto headers = user.auth();
  if (!key.empty()) headers.emplace_back("Idempotency-Key", key);
  return Api().Post("/api/orders", body, headers);
}

std::int64_t NumberOf(const nlohmann::json& order) {
  return std::stoll(order["order_number"].get<std::string>().substr(4));
}

std::string Count(const std::string& sql) { return Db().QueryValue("SELECT count(*) FROM " + sql); }

std::string OrderPath(std::int64_t id) { return "/api/orders/" + std::to_string(id); }

// POST /api/orders/{id}/cancel without a body, as the storefront sends it.
HttpResponse Cancel(const std::string& order_path, const TestUser& user) {
  return Api().Send("POST", order_path + "/cancel", "", user.auth());
}

// A pending order of `user` for `quantity` of a new product with `stock`.
nlohmann::json PlaceOrder(const TestUser& user, const TestProduct& product, int quantity) {
  PutInCart(user, product.id, quantity);
  auto response = Checkout(user);
  EXPECT_EQ(response.status, 201) << response.body;
  return response.json();
}

TEST(Checkout, TurnsTheCartIntoAnOrder) {
  auto user = CreateUser(Db());
  auto first = CreateProduct(Db(), {.price = "19.99", .stock = 5});
  auto second = CreateProduct(Db(), {.price = "0.10", .stock = 10});
  PutInCart(user, first.id, 2);
  PutInCart(user, second.id, 3);

  auto response = Checkout(user);
  ASSERT_EQ(response.status, 201) << response.body;
  auto order = response.json();
  EXPECT_TRUE(order["order_number"].get<std::string>().starts_with("ORD-"));
  EXPECT_EQ(order["user_id"], user.id);
  EXPECT_EQ(order["status"], "pending");
  EXPECT_EQ(order["subtotal"], 40.28);
  EXPECT_EQ(order["total_amount"], 40.28);
  auto expected = Shipping();
  for (const auto& [key, value] : expected.items()) EXPECT_EQ(order[key], value) << key;
  ASSERT_EQ(order["items"].size(), 2u);
  EXPECT_EQ(order["items"][0]["product_id"], first.id);
  EXPECT_EQ(order["items"][0]["product_name"], first.name);
  EXPECT_EQ(order["items"][0]["product_sku"], first.sku);
  EXPECT_EQ(order["items"][0]["quantity"], 2);
  EXPECT_EQ(order["items"][0]["price"], 19.99);
  EXPECT_EQ(order["items"][0]["line_total"], 39.98);
  EXPECT_EQ(order["items"][1]["line_total"], 0.3);
  EXPECT_TRUE(order["created_at"].get<std::string>().ends_with("Z"));

  EXPECT_EQ(StockOf(Db(), first.id), 3);
  EXPECT_EQ(StockOf(Db(), second.id), 7);
  EXPECT_EQ(Api().Get("/api/cart", user.auth()).json()["total_items"], 0);
  EXPECT_EQ(Api().Get(OrderPath(order["id"]), user.auth()).json(), order);
}

TEST(Checkout, QueuesTheConfirmationEmail) {
  auto user = CreateUser(Db());
  auto product = CreateProduct(Db(), {.price = "12.50"});
  auto order = PlaceOrder(user, product, 2);
  const std::string number = order["order_number"];
  const std::string where = "email_outbox WHERE kind = 'order_confirmation' AND to_address = '" + user.email +
                            "' AND subject LIKE '%" + number + "%'";
  ASSERT_EQ(Count(where), "1");
  const std::string text = Db().QueryValue("SELECT text_body FROM " + where);
  const std::string html = Db().QueryValue("SELECT html_body FROM " + where);
  EXPECT_NE(text.find(product.name), std::string::npos) << text;
  EXPECT_NE(text.find("$25.00"), std::string::npos) << text;
  EXPECT_NE(text.find("1 Harbor Street"), std::string::npos) << text;
  const std::string link = "http://shop.test/orders/" + std::to_string(order["id"].get<std::int64_t>());
  EXPECT_NE(text.find(link), std::string::npos) << text;
  EXPECT_NE(html.find(link), std::string::npos);
}

TEST(Checkout, CopiesNameSkuAndPriceSoProductEditsNeverChangeTheOrder) {
  auto user = CreateUser(Db());
  auto product = CreateProduct(Db(), {.price = "5.00"});
  auto order = PlaceOrder(user, product, 1);
  Db().Execute("UPDATE products SET name = 'Renamed', sku = 'SKU-RENAMED-" + std::to_string(product.id) +
               "', price = 99 WHERE id = " + std::to_string(product.id));
  auto item = Api().Get(OrderPath(order["id"]), user.auth()).json()["items"][0];
  EXPECT_EQ(item["product_name"], product.name);
  EXPECT_EQ(item["product_sku"], product.sku);
  EXPECT_EQ(item["price"], 5.0);
}

TEST(Checkout, ItemsFollowProductOrderWhicheverOrderTheCartWasFilledIn) {
  auto user = CreateUser(Db());
  auto first = CreateProduct(Db(), {.price = "1.10"});
  auto second = CreateProduct(Db(), {.price = "2.20"});
  auto third = CreateProduct(Db(), {.price = "3.30"});
  PutInCart(user, third.id, 3);
  PutInCart(user, first.id, 1);
  PutInCart(user, second.id, 2);

  auto response = Checkout(user);
  ASSERT_EQ(response.status, 201) << response.body;
  auto order = response.json();
  ASSERT_EQ(order["items"].size(), 3u);
  EXPECT_EQ(order["items"][0]["product_id"], first.id);
  EXPECT_EQ(order["items"][1]["product_id"], second.id);
  EXPECT_EQ(order["items"][2]["product_id"], third.id);
  EXPECT_EQ(order["items"][2]["line_total"], 9.9);
  EXPECT_EQ(order["subtotal"], 15.4);
  EXPECT_LT(order["items"][0]["id"], order["items"][1]["id"]);
  EXPECT_LT(order["items"][1]["id"], order["items"][2]["id"]);
  EXPECT_EQ(Api().Get(OrderPath(order["id"]), user.auth()).json(), order);
}

// Stock changes at every checkout; an index over stock_quantity would turn each one into a new
// row version with an entry in every index of products (HOT updates need no indexed column to
// change).
TEST(Checkout, NoIndexOfProductsCoversTheStockSoTakingStockStaysInPlace) {
  EXPECT_EQ(Count("pg_indexes WHERE tablename = 'products' AND indexdef LIKE '%stock_quantity%'"), "0");
}

TEST(Checkout, EmptyCartIs400) {
  auto user = CreateUser(Db());
  auto response = Checkout(user);
  EXPECT_EQ(response.status, 400);
  EXPECT_EQ(response.json()["detail"], "Cart is empty");
}

TEST(Checkout, RequiresSignIn) { EXPECT_EQ(Api().Post("/api/orders", Shipping()).status, 401); }

TEST(Checkout, ValidatesEveryShippingField) {
  auto user = CreateUser(Db());
  PutInCart(user, CreateProduct(Db()).id, 1);
  auto response = Checkout(user, "", nlohmann::json::object());
  ASSERT_EQ(response.status, 422) << response.body;
  std::set<std::string> missing;
  const auto errors = response.json()["detail"];
  for (const auto& error : errors) missing.insert(error["loc"][1].get<std::string>());
  EXPECT_EQ(missing, (std::set<std::string>{"customer_name", "customer_email", "shipping_address", "shipping_city",
                                            "shipping_postal_code", "shipping_country"}));

  const std::vector<std::pair<std::string, nlohmann::json>> bad = {
      {"customer_email", "not-an-email"},
      {"customer_name", std::string(201, 'x')},
      {"customer_phone", "call me maybe"},
      {"customer_phone", std::string(33, '1')},
      {"shipping_address", "   "},
      {"shipping_postal_code", std::string(21, '9')},
      {"shipping_country", "U"},
      {"notes", std::string(1001, 'n')},
      {"shipping_state", 7},
      {"shipping_city", nullptr},
  };
  for (const auto& [field, value] : bad) {
    auto body = Shipping();
    body[field] = value;
    auto rejected = Checkout(user, "", body);
    ASSERT_EQ(rejected.status, 422) << field;
    EXPECT_EQ(rejected.json()["detail"][0]["loc"], (nlohmann::json{"body", field}));
  }
  auto optional_left_out = Shipping();
  optional_left_out.erase("customer_phone");
  optional_left_out.erase("shipping_state");
  optional_left_out.erase("notes");
  auto accepted = Checkout(user, "", optional_left_out);
  ASSERT_EQ(accepted.status, 201) << accepted.body;
  EXPECT_EQ(accepted.json()["customer_phone"], nullptr);
  EXPECT_EQ(accepted.json()["notes"], nullptr);
}

TEST(Checkout, ShortStockIs409NamingTheProductsAndChangesNothing) {
  auto user = CreateUser(Db());
  auto short_one = CreateProduct(Db(), {.stock = 2});
  auto plenty = CreateProduct(Db(), {.stock = 10});
  auto also_short = CreateProduct(Db(), {.stock = 1});
  PutInCart(user, short_one.id, 2);
  PutInCart(user, plenty.id, 4);
  PutInCart(user, also_short.id, 1);
  Db().Execute("UPDATE products SET stock_quantity = 1 WHERE id = " + std::to_string(short_one.id));
  Db().Execute("UPDATE products SET stock_quantity = 0 WHERE id = " + std::to_string(also_short.id));
  const auto counter = Db().QueryValue("SELECT last_value FROM order_number_counter");

  auto response = Checkout(user);
  ASSERT_EQ(response.status, 409) << response.body;
  const std::string detail = response.json()["detail"];
  EXPECT_NE(detail.find(short_one.name), std::string::npos) << detail;
  EXPECT_NE(detail.find(also_short.name), std::string::npos) << detail;
  EXPECT_EQ(detail.find(plenty.name), std::string::npos) << detail;

  EXPECT_EQ(StockOf(Db(), plenty.id), 10);
  EXPECT_EQ(StockOf(Db(), short_one.id), 1);
  EXPECT_EQ(Api().Get("/api/cart", user.auth()).json()["total_items"], 7);
  EXPECT_EQ(Count("orders WHERE user_id = " + std::to_string(user.id)), "0");
  EXPECT_EQ(Db().QueryValue("SELECT last_value FROM order_number_counter"), counter);
}

TEST(Checkout, LinesOfDeactivatedProductsAreLeftOutAsTheCartShowsThem) {
  auto user = CreateUser(Db());
  auto kept = CreateProduct(Db(), {.stock = 3});
  auto hidden = CreateProduct(Db(), {.stock = 3});
  PutInCart(user, kept.id, 1);
  PutInCart(user, hidden.id, 1);
  Db().Execute("UPDATE products SET is_active = false WHERE id = " + std::to_string(hidden.id));
  auto response = Checkout(user);
  ASSERT_EQ(response.status, 201) << response.body;
  ASSERT_EQ(response.json()["items"].size(), 1u);
  EXPECT_EQ(response.json()["items"][0]["product_id"], kept.id);
  EXPECT_EQ(StockOf(Db(), hidden.id), 3);
}

TEST(Checkout, TheCatalogShowsTheNewStockAtOnceAndAgainAfterACancellation) {
  auto user = CreateUser(Db());
  auto product = CreateProduct(Db(), {.stock = 6});
  const std::string path = "/api/products/" + std::to_string(product.id);
  ASSERT_EQ(Api().Get(path).json()["stock_quantity"], 6);  // now in the catalog's cache
  ASSERT_EQ(Api().Get(path).json()["stock_quantity"], 6);
  auto order = PlaceOrder(user, product, 4);
  EXPECT_EQ(Api().Get(path).json()["stock_quantity"], 2);
  ASSERT_EQ(Cancel(OrderPath(order["id"]), user).status, 200);
  EXPECT_EQ(Api().Get(path).json()["stock_quantity"], 6);
}

// The ids of the products on a catalog page.
std::vector<std::int64_t> IdsOn(const std::string& path) {
  const auto page = Api().Get(path).json();
  std::vector<std::int64_t> ids;
  for (const auto& item : page["items"]) ids.push_back(item["id"].get<std::int64_t>());
  return ids;
}

TEST(Checkout, ListsFilteredOnStockSeeAProductSellOutAndComeBack) {
  auto user = CreateUser(Db());
  auto product = CreateProduct(Db(), {.stock = 2});
  const std::string category = Db().QueryValue("INSERT INTO categories (name, slug) VALUES ('Stock " + product.sku +
                                               "', 'stock-" + product.slug + "') RETURNING id");
  Db().Execute("UPDATE products SET category_id = " + category + " WHERE id = " + std::to_string(product.id));
  const std::string sold_out = "/api/products?in_stock=false&category_id=" + category;
  const std::string in_stock = "/api/products?in_stock=true&category_id=" + category;
  using Ids = std::vector<std::int64_t>;
  ASSERT_EQ(IdsOn(sold_out), Ids{});  // kept in the catalog's cache
  ASSERT_EQ(IdsOn(sold_out), Ids{});
  auto order = PlaceOrder(user, product, 2);
  EXPECT_EQ(IdsOn(sold_out), Ids{product.id});
  ASSERT_EQ(IdsOn(in_stock), Ids{});
  ASSERT_EQ(IdsOn(in_stock), Ids{});
  ASSERT_EQ(Cancel(OrderPath(order["id"]), user).status, 200);
  EXPECT_EQ(IdsOn(in_stock), Ids{product.id});
  EXPECT_EQ(IdsOn(sold_out), Ids{});
}

TEST(Checkout, TotalsOfListsFilteredOnStockFollowASellOut) {
  auto user = CreateUser(Db());
  std::vector<TestProduct> products;
  for (int i = 0; i < 3; ++i) products.push_back(CreateProduct(Db(), {.stock = 1}));
  const std::string category = Db().QueryValue("INSERT INTO categories (name, slug) VALUES ('Totals " +
                                               products[0].sku + "', 'totals-" + products[0].slug + "') RETURNING id");
  for (const auto& product : products) {
    Db().Execute("UPDATE products SET category_id = " + category + " WHERE id = " + std::to_string(product.id));
  }
  const std::string in_stock = "/api/products?in_stock=true&size=2&category_id=" + category;
  ASSERT_EQ(Api().Get(in_stock).json()["total"], 3);  // counted once, kept for every page and order
  ASSERT_EQ(Api().Get(in_stock + "&sort=price_asc").json()["total"], 3);
  PlaceOrder(user, products[1], 1);
  EXPECT_EQ(Api().Get(in_stock + "&sort=name_asc").json()["total"], 2);
  EXPECT_EQ(Api().Get("/api/products?size=2&category_id=" + category).json()["total"], 3);
}

TEST(Checkout, OrderNumbersAreSequentialAndGapFree) {
  auto user = CreateUser(Db());
  auto product = CreateProduct(Db(), {.stock = 100});
  auto first = PlaceOrder(user, product, 1);
  PutInCart(user, product.id, 1);
  Db().Execute("UPDATE products SET stock_quantity = 0 WHERE id = " + std::to_string(product.id));
  ASSERT_EQ(Checkout(user).status, 409);  // a failed checkout takes no number
  Db().Execute("UPDATE products SET stock_quantity = 100 WHERE id = " + std::to_string(product.id));
  auto second_response = Checkout(user);
  ASSERT_EQ(second_response.status, 201);
  auto third = PlaceOrder(user, product, 1);
  EXPECT_EQ(NumberOf(second_response.json()), NumberOf(first) + 1);
  EXPECT_EQ(NumberOf(third), NumberOf(first) + 2);
  EXPECT_EQ(first["order_number"].get<std::string>().size(), 10u);  // ORD-1000nn
}

TEST(Idempotency, TheSameKeyReturnsTheFirstOrder) {
  auto user = CreateUser(Db());
  auto product = CreateProduct(Db(), {.stock = 10});
  PutInCart(user, product.id, 2);
  auto first = Checkout(user, "key-retry-1");
  ASSERT_EQ(first.status, 201);
  PutInCart(user, product.id, 1);  // a new cart must not turn the retry into a second order
  auto again = Checkout(user, "key-retry-1");
  EXPECT_EQ(again.status, 201);
  EXPECT_EQ(again.body, first.body);
  EXPECT_EQ(again.header("idempotent-replayed"), "true");
  EXPECT_EQ(Count("orders WHERE user_id = " + std::to_string(user.id)), "1");
  EXPECT_EQ(StockOf(Db(), product.id), 8);
  EXPECT_EQ(Api().Get("/api/cart", user.auth()).json()["total_items"], 1);
}

TEST(Idempotency, TheSameKeyWithOtherDetailsIs422) {
  auto user = CreateUser(Db());
  PutInCart(user, CreateProduct(Db()).id, 1);
  ASSERT_EQ(Checkout(user, "key-other-body").status, 201);
  auto body = Shipping();
  body["shipping_city"] = "Salem";
  auto response = Checkout(user, "key-other-body", body);
  EXPECT_EQ(response.status, 422);
  EXPECT_EQ(response.json()["detail"][0]["loc"], (nlohmann::json{"header", "Idempotency-Key"}));
}

TEST(Idempotency, KeysBelongToOneUser) {
  auto alice = CreateUser(Db());
  auto bob = CreateUser(Db());
  auto product = CreateProduct(Db());
  PutInCart(alice, product.id, 1);
  PutInCart(bob, product.id, 1);
  auto for_alice = Checkout(alice, "shared-key");
  auto for_bob = Checkout(bob, "shared-key");
  ASSERT_EQ(for_alice.status, 201);
  ASSERT_EQ(for_bob.status, 201);
  EXPECT_NE(for_alice.json()["id"], for_bob.json()["id"]);
  EXPECT_EQ(for_bob.json()["user_id"], bob.id);
}

TEST(Idempotency, KeysOlderThanADayAreForgotten) {
  auto user = CreateUser(Db());
  auto product = CreateProduct(Db());
  PutInCart(user, product.id, 1);
  auto first = Checkout(user, "old-key");
  ASSERT_EQ(first.status, 201);
  Db().Execute("UPDATE idempotency_keys SET created_at = now() - interval '25 hours' WHERE user_id = " +
               std::to_string(user.id));
  PutInCart(user, product.id, 1);
  auto second = Checkout(user, "old-key");
  ASSERT_EQ(second.status, 201);
  EXPECT_NE(second.json()["id"], first.json()["id"]);
  EXPECT_EQ(second.header("idempotent-replayed"), "");
}

TEST(Idempotency, AKeyOlderThanADayIsTakenOverEvenForOtherDetails) {
  auto user = CreateUser(Db());
  auto product = CreateProduct(Db());
  PutInCart(user, product.id, 1);
  auto first = Checkout(user, "old-key-other-details");
  ASSERT_EQ(first.status, 201);
  Db().Execute("UPDATE idempotency_keys SET created_at = now() - interval '25 hours' WHERE user_id = " +
               std::to_string(user.id));
  PutInCart(user, product.id, 1);
  auto other = Shipping();
  other["shipping_city"] = "Salem";
  auto second = Checkout(user, "old-key-other-details", other);
  ASSERT_EQ(second.status, 201) << second.body;
  EXPECT_EQ(second.json()["shipping_city"], "Salem");
  auto again = Checkout(user, "old-key-other-details", other);
  EXPECT_EQ(again.body, second.body);
  EXPECT_EQ(again.header("idempotent-replayed"), "true");
  EXPECT_EQ(Checkout(user, "old-key-other-details").status, 422);
}

TEST(Idempotency, AFailedCheckoutLeavesTheKeyFree) {
  auto user = CreateUser(Db());
  ASSERT_EQ(Checkout(user, "key-after-400").status, 400);
  PutInCart(user, CreateProduct(Db()).id, 1);
  EXPECT_EQ(Checkout(user, "key-after-400").status, 201);
}

TEST(Idempotency, AMalformedKeyIs422) {
  auto user = CreateUser(Db());
  PutInCart(user, CreateProduct(Db()).id, 1);
  EXPECT_EQ(Checkout(user, std::string(256, 'k')).status, 422);
  EXPECT_EQ(Checkout(user, "has space").status, 422);
  EXPECT_EQ(Count("orders WHERE user_id = " + std::to_string(user.id)), "0");
}

TEST(Orders, ListIsTheCallersOrdersNewestFirstWithItems) {
  auto user = CreateUser(Db());
  auto other = CreateUser(Db());
  auto product = CreateProduct(Db(), {.stock = 50});
  std::vector<std::int64_t> ids;
  for (int quantity = 1; quantity <= 3; ++quantity) ids.push_back(PlaceOrder(user, product, quantity)["id"]);
  PlaceOrder(other, product, 1);

  auto first_page = Api().Get("/api/orders?page=1&size=2", user.auth());
  ASSERT_EQ(first_page.status, 200);
  auto page = first_page.json();
  EXPECT_EQ(page["total"], 3);
  EXPECT_EQ(page["pages"], 2);
  EXPECT_EQ(page["page"], 1);
  EXPECT_EQ(page["size"], 2);
  ASSERT_EQ(page["items"].size(), 2u);
  EXPECT_EQ(page["items"][0]["id"], ids[2]);
  EXPECT_EQ(page["items"][1]["id"], ids[1]);
  EXPECT_EQ(page["items"][0]["items"][0]["quantity"], 3);
  EXPECT_EQ(page["items"][1]["items"][0]["quantity"], 2);

  auto second = Api().Get("/api/orders?page=2&size=2", user.auth()).json();
  ASSERT_EQ(second["items"].size(), 1u);
  EXPECT_EQ(second["items"][0]["id"], ids[0]);
  EXPECT_EQ(second["items"][0]["items"].size(), 1u);

  auto beyond = Api().Get("/api/orders?page=5&size=2", user.auth()).json();
  EXPECT_TRUE(beyond["items"].empty());
  EXPECT_EQ(beyond["total"], 3);
}

TEST(Orders, ListWithNoOrdersIsAnEmptyPage) {
  auto user = CreateUser(Db());
  auto page = Api().Get("/api/orders", user.auth()).json();
  EXPECT_EQ(page, (nlohmann::json{
                      {"items", nlohmann::json::array()}, {"total", 0}, {"page", 1}, {"size", 20}, {"pages", 0}}));
}

TEST(Orders, BadPageParametersAre422) {
  auto user = CreateUser(Db());
  EXPECT_EQ(Api().Get("/api/orders?size=0", user.auth()).status, 422);
  EXPECT_EQ(Api().Get("/api/orders?size=101", user.auth()).status, 422);
  auto response = Api().Get("/api/orders?page=x", user.auth());
  EXPECT_EQ(response.status, 422);
  EXPECT_EQ(response.json()["detail"][0]["loc"], (nlohmann::json{"query", "page"}));
}

TEST(Orders, OwnerAndAdminSeeAnOrderOthersGet404) {
  auto owner = CreateUser(Db());
  auto stranger = CreateUser(Db());
  auto admin = CreateUser(Db(), "admin");
  auto order = PlaceOrder(owner, CreateProduct(Db()), 1);
  const auto path = OrderPath(order["id"]);
  EXPECT_EQ(Api().Get(path, owner.auth()).status, 200);
  auto as_admin = Api().Get(path, admin.auth());
  EXPECT_EQ(as_admin.status, 200);
  EXPECT_EQ(as_admin.json(), order);
  auto as_stranger = Api().Get(path, stranger.auth());
  EXPECT_EQ(as_stranger.status, 404);
  EXPECT_EQ(as_stranger.json()["detail"], "Order not found");
  EXPECT_EQ(Api().Get("/api/orders/999999999", owner.auth()).status, 404);
  EXPECT_EQ(Api().Get("/api/orders/abc", owner.auth()).status, 422);
  EXPECT_EQ(Api().Get(path).status, 401);
}

TEST(OrderStatus, AdminMovesAnOrderThroughItsLifeAndTheCustomerIsEmailed) {
  auto owner = CreateUser(Db());
  auto admin = CreateUser(Db(), "admin");
  auto order = PlaceOrder(owner, CreateProduct(Db()), 1);
  const auto path = OrderPath(order["id"]);
  const std::string email_to = owner.email;  // the account's address, not the order's contact one
  for (const std::string status : {"processing", "shipped", "delivered"}) {
    auto response = Api().Put(path, {{"status", status}}, admin.auth());
    ASSERT_EQ(response.status, 200) << status << ": " << response.body;
    EXPECT_EQ(response.json()["status"], status);
    EXPECT_EQ(response.json()["items"].size(), 1u);
  }
  const std::string subjects = Db().QueryValue(
      "SELECT string_agg(subject, ' / ' ORDER BY id) FROM email_outbox WHERE kind = 'order_status' AND to_address = '" +
      email_to + "'");
  EXPECT_NE(subjects.find("has shipped"), std::string::npos) << subjects;
  EXPECT_NE(subjects.find("has been delivered"), std::string::npos) << subjects;
  EXPECT_EQ(subjects.find("processing"), std::string::npos) << subjects;
  EXPECT_EQ(Count("email_outbox WHERE kind = 'order_status' AND to_address = '" + email_to + "'"), "2");
}

TEST(OrderStatus, TransitionsOutsideTheLifecycleAre409) {
  auto owner = CreateUser(Db());
  auto admin = CreateUser(Db(), "admin");
  const auto path = OrderPath(PlaceOrder(owner, CreateProduct(Db()), 1)["id"]);
  EXPECT_EQ(Api().Put(path, {{"status", "delivered"}}, admin.auth()).status, 409);
  EXPECT_EQ(Api().Put(path, {{"status", "pending"}}, admin.auth()).status, 409);
  ASSERT_EQ(Api().Put(path, {{"status", "processing"}}, admin.auth()).status, 200);
  ASSERT_EQ(Api().Put(path, {{"status", "shipped"}}, admin.auth()).status, 200);
  auto response = Api().Put(path, {{"status", "cancelled"}}, admin.auth());
  EXPECT_EQ(response.status, 409);
  EXPECT_NE(response.json()["detail"].get<std::string>().find("shipped"), std::string::npos);
  EXPECT_EQ(Api().Post(path + "/cancel", nlohmann::json::object(), admin.auth()).status, 409);
}

TEST(OrderStatus, UnknownStatusIs422AndCustomersAre403) {
  auto owner = CreateUser(Db());
  auto admin = CreateUser(Db(), "admin");
  const auto path = OrderPath(PlaceOrder(owner, CreateProduct(Db()), 1)["id"]);
  auto unknown = Api().Put(path, {{"status", "lost"}}, admin.auth());
  EXPECT_EQ(unknown.status, 422);
  EXPECT_EQ(unknown.json()["detail"][0]["loc"], (nlohmann::json{"body", "status"}));
  EXPECT_EQ(Api().Put(path, nlohmann::json::object(), admin.auth()).status, 422);
  EXPECT_EQ(Api().Put(path, {{"status", "processing"}}, owner.auth()).status, 403);
  EXPECT_EQ(Api().Put("/api/orders/999999999", {{"status", "processing"}}, admin.auth()).status, 404);
}

TEST(Cancel, OwnerCancelsAPendingOrderAndTheStockComesBack) {
  auto owner = CreateUser(Db());
  auto first = CreateProduct(Db(), {.stock = 5});
  auto second = CreateProduct(Db(), {.stock = 5});
  PutInCart(owner, first.id, 2);
  PutInCart(owner, second.id, 3);
  auto order = Checkout(owner).json();
  ASSERT_EQ(StockOf(Db(), first.id), 3);
  auto response = Cancel(OrderPath(order["id"]), owner);
  ASSERT_EQ(response.status, 200) << response.body;
  EXPECT_EQ(response.json()["status"], "cancelled");
  EXPECT_EQ(StockOf(Db(), first.id), 5);
  EXPECT_EQ(StockOf(Db(), second.id), 5);
  EXPECT_EQ(Count("email_outbox WHERE kind = 'order_status' AND subject LIKE '%" +
                  order["order_number"].get<std::string>() + " has been cancelled%'"),
            "1");
  EXPECT_EQ(Cancel(OrderPath(order["id"]), owner).status, 409);
  EXPECT_EQ(StockOf(Db(), first.id), 5);
}

TEST(Cancel, OwnerCannotCancelOnceProcessingButAnAdminCan) {
  auto owner = CreateUser(Db());
  auto admin = CreateUser(Db(), "admin");
  auto product = CreateProduct(Db(), {.stock = 4});
  const auto path = OrderPath(PlaceOrder(owner, product, 4)["id"]);
  ASSERT_EQ(Api().Put(path, {{"status", "processing"}}, admin.auth()).status, 200);
  EXPECT_EQ(Cancel(path, owner).status, 409);
  EXPECT_EQ(StockOf(Db(), product.id), 0);
  auto response = Cancel(path, admin);
  ASSERT_EQ(response.status, 200);
  EXPECT_EQ(response.json()["status"], "cancelled");
  EXPECT_EQ(StockOf(Db(), product.id), 4);
}

TEST(Cancel, AdminCancellingThroughStatusUpdateAlsoRestocks) {
  auto owner = CreateUser(Db());
  auto admin = CreateUser(Db(), "admin");
  auto product = CreateProduct(Db(), {.stock = 3});
  const auto path = OrderPath(PlaceOrder(owner, product, 2)["id"]);
  ASSERT_EQ(Api().Put(path, {{"status", "cancelled"}}, admin.auth()).status, 200);
  EXPECT_EQ(StockOf(Db(), product.id), 3);
}

TEST(Cancel, SomeoneElsesOrderIs404) {
  auto owner = CreateUser(Db());
  auto stranger = CreateUser(Db());
  auto product = CreateProduct(Db(), {.stock = 3});
  const auto path = OrderPath(PlaceOrder(owner, product, 1)["id"]);
  EXPECT_EQ(Cancel(path, stranger).status, 404);
  EXPECT_EQ(Api().Get(path, owner.auth()).json()["status"], "pending");
  EXPECT_EQ(StockOf(Db(), product.id), 2);
}

}  // namespace
}  // namespace shop::testing

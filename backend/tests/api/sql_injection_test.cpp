// SQL injection over real HTTP: the classic payloads in every query parameter, path parameter and
// JSON field of the catalog, the cart, orders and the admin lists get a normal 2xx or 4xx answer
// (never a 500), find no rows they should not, are stored as the plain text they are, and leave
// every table in place.
#include <gtest/gtest.h>

#include <cctype>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "support/accounts.hpp"
#include "support/products.hpp"
#include "support/test_server.hpp"

namespace shop::testing {
namespace {

using nlohmann::json;

const std::vector<std::string>& Payloads() {
  static const std::vector<std::string> kPayloads = {
      "' OR '1'='1",
      "' OR 1=1--",
      "\" OR \"\"=\"",
      "1 OR 1=1",
      "1; DROP TABLE users--",
      "'; DROP TABLE orders; --",
      "' UNION SELECT id, email, password_hash FROM users--",
      "1 UNION SELECT NULL, NULL, NULL--",
      "1' AND SLEEP(5)--",
      "1' AND pg_sleep(5)--",
      "'; SELECT pg_sleep(5)--",
      "1) OR (1=1",
      "%27",
      "%27%20OR%20%271%27%3D%271",
      "\\",
      "\\' OR 1=1--",
      std::string("zq\0' OR '1'='1", 14),
      std::string(1, '\0'),
      std::string(3000, 'A') + "' OR '1'='1",
      "\xE2\x80\x99 OR \xE2\x80\x99\x31\xE2\x80\x99=\xE2\x80\x99\x31",  // ’ OR ’1’=’1
      "\xEF\xBC\x87 OR 1=1--",                                          // fullwidth apostrophe
      "\xCA\xBC OR 1=1--",                                              // modifier letter apostrophe
      "\xC0\x27 OR 1=1--",                                              // overlong quote: not UTF-8
      "\xFF\xFE",
      "$1",
      "$$ OR $$1$$=$$1",
      "E'\\x27' OR 1=1",
      "%",
      "_",
      "*",
  };
  return kPayloads;
}

// A readable name for a payload in failure messages.
std::string Shown(const std::string& payload) {
  const std::string head = payload.substr(0, 60);
  return json(head).dump(-1, ' ', true, json::error_handler_t::replace) + (payload.size() > 60 ? "..." : "");
}

// Percent-encodes every byte but the unreserved characters of RFC 3986.
std::string Encoded(std::string_view text) {
  constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte) || c == '-' || c == '.' || c == '_' || c == '~') {
      out += c;
    } else {
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 0xF];
    }
  }
  return out;
}

// A JSON body holding the payload as a string; bytes that are not UTF-8 become U+FFFD, as any
// JSON client would send them.
std::string JsonText(const json& body) { return body.dump(-1, ' ', false, json::error_handler_t::replace); }

HttpResponse SendJson(const std::string& method, const std::string& path, const json& body, Headers headers) {
  headers.emplace_back("Content-Type", "application/json");
  return Api().Send(method, path, JsonText(body), headers);
}

// 2xx, or a 4xx in the API.md error shape.
void ExpectHandled(const HttpResponse& response, const std::string& what) {
  EXPECT_GE(response.status, 200) << what;
  EXPECT_LT(response.status, 500) << what << ": " << response.body;
  if (response.status >= 400 && response.status < 500) {
    const auto body = json::parse(response.body, nullptr, false);
    EXPECT_TRUE(body.is_object() && body.contains("detail")) << what << ": " << response.body;
  }
}

std::int64_t TotalOf(const HttpResponse& response) { return response.json().at("total").get<std::int64_t>(); }

std::set<std::int64_t> IdsOf(const HttpResponse& response) {
  std::set<std::int64_t> ids;
  const json body = response.json();
  for (const auto& item : body.at("items")) ids.insert(item.at("id").get<std::int64_t>());
  return ids;
}

std::set<std::string> Tables() {
  const std::string list = Db().QueryValue(
      "SELECT string_agg(table_name, ',' ORDER BY table_name) FROM information_schema.tables "
      "WHERE table_schema = 'public'");
  std::set<std::string> tables;
  std::size_t start = 0;
  while (start <= list.size()) {
    const auto comma = std::min(list.find(',', start), list.size());
    tables.insert(list.substr(start, comma - start));
    start = comma + 1;
  }
  return tables;
}

struct Shop {
  TestUser admin = CreateUser(Db(), "admin");
  TestUser customer = CreateUser(Db());
  TestUser other = CreateUser(Db());
  TestProduct visible = CreateProduct(Db(), {.stock = 1000});
  TestProduct hidden = CreateProduct(Db(), {.stock = 1000, .active = false});
  std::int64_t own_order = 0;
  std::int64_t other_order = 0;
  std::int64_t cart_line = 0;
  std::set<std::string> tables = Tables();

  Shop() {
    own_order = PlaceOrder(customer);
    other_order = PlaceOrder(other);
    auto added = Api().Post("/api/cart", {{"product_id", visible.id}, {"quantity", 1}}, customer.auth());
    EXPECT_EQ(added.status, 201) << added.body;
    cart_line = added.json().at("items").at(0).at("id").get<std::int64_t>();
  }

  std::int64_t PlaceOrder(const TestUser& user) {
    auto added = Api().Post("/api/cart", {{"product_id", visible.id}, {"quantity", 1}}, user.auth());
    EXPECT_EQ(added.status, 201) << added.body;
    auto order = Api().Post("/api/orders", Shipping(user.email), user.auth());
    EXPECT_EQ(order.status, 201) << order.body;
    return order.json().at("id").get<std::int64_t>();
  }

  static json Shipping(const std::string& email) {
    return {{"customer_name", "Ada Buyer"}, {"customer_email", email},         {"shipping_address", "1 Harbor Street"},
            {"shipping_city", "Portland"},  {"shipping_postal_code", "97201"}, {"shipping_country", "US"}};
  }
};

const Shop& TheShop() {
  static const Shop kShop;
  return kShop;
}

TEST(SqlInjection, ProductListParametersAnswerNormallyAndLeakNoHiddenProduct) {
  const Shop& shop = TheShop();
  const std::int64_t active = std::stoll(Db().QueryValue("SELECT count(*) FROM products WHERE is_active"));
  for (const std::string name : {"search", "category", "category_id", "min_price", "max_price", "in_stock", "featured",
                                 "sort", "page", "size", "include_inactive"}) {
    for (const auto& payload : Payloads()) {
      const std::string what = name + "=" + Shown(payload);
      auto response = Api().Get("/api/products?size=100&" + name + "=" + Encoded(payload));
      ExpectHandled(response, what);
      if (response.status != 200) continue;
      EXPECT_LE(TotalOf(response), active) << what;
      EXPECT_FALSE(IdsOf(response).contains(shop.hidden.id)) << what << " shows an inactive product";
      if (name == "category") {
        EXPECT_EQ(TotalOf(response), 0) << what << " matched a category";
      }
    }
  }
}

// The payload with everything but letters and digits made a space: the words a search sees.
std::string WordsOf(const std::string& payload) {
  std::string words = payload;
  for (char& c : words) {
    if (static_cast<unsigned char>(c) < 0x80 && !std::isalnum(static_cast<unsigned char>(c))) c = ' ';
  }
  return words;
}

TEST(SqlInjection, ProductSearchFindsNoMoreThanItsWordsDo) {
  const Shop& shop = TheShop();
  for (const auto& payload : Payloads()) {
    auto response = Api().Get("/api/products?size=100&search=" + Encoded(payload));
    ExpectHandled(response, Shown(payload));
    if (response.status != 200) continue;
    auto plain = Api().Get("/api/products?size=100&search=" + Encoded(WordsOf(payload)));
    ASSERT_EQ(plain.status, 200) << Shown(payload) << ": " << plain.body;
    const auto found_by_words = IdsOf(plain);
    for (const auto id : IdsOf(response)) {
      EXPECT_TRUE(found_by_words.contains(id)) << Shown(payload) << " found product " << id << " its words don't";
    }
    EXPECT_FALSE(IdsOf(response).contains(shop.hidden.id)) << Shown(payload) << " found an inactive product";
  }
}

TEST(SqlInjection, CatalogPathParametersFindNothing) {
  TheShop();
  for (const auto& payload : Payloads()) {
    for (const std::string prefix :
         {"/api/products/", "/api/products/slug/", "/api/categories/", "/api/categories/slug/"}) {
      const std::string what = prefix + Shown(payload);
      auto response = Api().Get(prefix + Encoded(payload));
      ExpectHandled(response, what);
      EXPECT_GE(response.status, 400) << what << " found something: " << response.body;
    }
  }
}

TEST(SqlInjection, OrdersListAndShowStayWithTheCaller) {
  const Shop& shop = TheShop();
  for (const auto& payload : Payloads()) {
    for (const std::string name : {"page", "size"}) {
      const std::string what = name + "=" + Shown(payload);
      auto response = Api().Get("/api/orders?" + name + "=" + Encoded(payload), shop.customer.auth());
      ExpectHandled(response, what);
      if (response.status == 200) {
        EXPECT_FALSE(IdsOf(response).contains(shop.other_order)) << what;
      }
    }
    for (const std::string suffix : {"", "/cancel"}) {
      const std::string path = "/api/orders/" + Encoded(payload) + suffix;
      auto response = Api().Send(suffix.empty() ? "GET" : "POST", path, "", shop.customer.auth());
      ExpectHandled(response, path);
      EXPECT_GE(response.status, 400) << path << ": " << response.body;
    }
  }
  auto mine = Api().Get("/api/orders", shop.customer.auth());
  ASSERT_EQ(mine.status, 200);
  EXPECT_EQ(IdsOf(mine), std::set<std::int64_t>{shop.own_order});
}

TEST(SqlInjection, CheckoutStoresThePayloadAsPlainText) {
  const Shop& shop = TheShop();
  const auto buyer = CreateUser(Db());
  int placed = 0;
  for (const auto& payload : Payloads()) {
    const std::string text = payload.substr(0, 200);
    auto added = Api().Post("/api/cart", {{"product_id", shop.visible.id}, {"quantity", 1}}, buyer.auth());
    ASSERT_EQ(added.status, 201) << added.body;
    json body = Shop::Shipping(buyer.email);
    for (const std::string field : {"customer_name", "shipping_address", "shipping_city", "notes"}) body[field] = text;
    body["shipping_state"] = text.substr(0, 100);
    auto response = SendJson("POST", "/api/orders", body, buyer.auth());
    ExpectHandled(response, Shown(payload));
    if (response.status != 201) continue;
    ++placed;
    const auto order = response.json();
    const std::string sent = json::parse(JsonText(text)).get<std::string>();
    EXPECT_EQ(order.at("customer_name"), sent) << Shown(payload);
    const std::string stored =
        Db().QueryValue("SELECT customer_name FROM orders WHERE id = " + std::to_string(order.at("id").get<int>()));
    EXPECT_EQ(stored, sent) << Shown(payload);
  }
  EXPECT_GT(placed, 0);
  EXPECT_EQ(Db().QueryValue("SELECT count(*) FROM orders WHERE user_id = " + std::to_string(buyer.id)),
            std::to_string(placed));
}

TEST(SqlInjection, CatalogWritesStoreThePayloadAsPlainText) {
  const Shop& shop = TheShop();
  int created = 0;
  for (std::size_t i = 0; i < Payloads().size(); ++i) {
    const std::string text = Payloads()[i].substr(0, 60);
    const std::string sent = json::parse(JsonText(text)).get<std::string>();
    const std::string what = Shown(Payloads()[i]);
    auto category =
        SendJson("POST", "/api/categories", {{"name", text + " " + std::to_string(i) + "c"}, {"description", text}},
                 shop.admin.auth());
    ExpectHandled(category, "category " + what);
    const json product_body = {{"name", text + " " + std::to_string(i) + "p"},
                               {"description", text},
                               {"sku", text + std::to_string(i)},
                               {"slug", text},
                               {"price", 1.0},
                               {"stock_quantity", 1},
                               {"images", json::array({text})},
                               {"image_url", text}};
    auto product = SendJson("POST", "/api/products", product_body, shop.admin.auth());
    ExpectHandled(product, "product " + what);
    ExpectHandled(
        SendJson("PUT", "/api/products/" + std::to_string(shop.hidden.id), {{"description", text}}, shop.admin.auth()),
        "PUT product " + what);
    if (category.status != 201) continue;
    ++created;
    const auto id = category.json().at("id").get<std::int64_t>();
    auto read = Api().Get("/api/categories/" + std::to_string(id));
    ASSERT_EQ(read.status, 200) << read.body;
    EXPECT_EQ(read.json().at("description"), sent) << what;
    EXPECT_EQ(Db().QueryValue("SELECT description FROM categories WHERE id = " + std::to_string(id)), sent) << what;
  }
  EXPECT_GT(created, 0);
}

TEST(SqlInjection, AddressBookStoresThePayloadAsPlainTextAndItsPathsFindNothing) {
  TheShop();
  const auto customer = CreateUser(Db());
  for (const auto& payload : Payloads()) {
    const std::string text = payload.substr(0, 100);
    const json body = {
        {"label", text.substr(0, 50)}, {"recipient_name", text}, {"address", text}, {"city", text}, {"state", text},
        {"postal_code", "97201"},      {"country", "US"}};
    auto response = SendJson("POST", "/api/addresses", body, customer.auth());
    ExpectHandled(response, Shown(payload));
    if (response.status == 201) {
      const auto id = std::to_string(response.json().at("id").get<std::int64_t>());
      EXPECT_EQ(Db().QueryValue("SELECT city FROM addresses WHERE id = " + id),
                json::parse(JsonText(text)).get<std::string>())
          << Shown(payload);
      EXPECT_EQ(Api().Delete("/api/addresses/" + id, customer.auth()).status, 204);
    }
    for (const std::string method : {"PUT", "DELETE"}) {
      auto reached = SendJson(method, "/api/addresses/" + Encoded(payload), {{"city", "x"}}, customer.auth());
      ExpectHandled(reached, method + " " + Shown(payload));
      EXPECT_GE(reached.status, 400) << method << " " << Shown(payload);
    }
  }
  EXPECT_EQ(Db().QueryValue("SELECT count(*) FROM addresses WHERE user_id = " + std::to_string(customer.id)), "0");
}

TEST(SqlInjection, LoginWithPayloadsSignsNobodyIn) {
  const Shop& shop = TheShop();
  for (const auto& payload : Payloads()) {
    auto response = SendJson("POST", "/api/auth/login", {{"email", payload}, {"password", payload}}, {});
    ExpectHandled(response, "email " + Shown(payload));
    EXPECT_NE(response.status, 200) << Shown(payload);
  }
  for (std::size_t i = 0; i < 6; ++i) {
    auto response = SendJson("POST", "/api/auth/login", {{"email", shop.admin.email}, {"password", Payloads()[i]}}, {});
    ExpectHandled(response, "password " + Shown(Payloads()[i]));
    EXPECT_EQ(response.status, 401) << Shown(Payloads()[i]);
  }
}

TEST(SqlInjection, CartFieldsAndPathsAnswerNormally) {
  const Shop& shop = TheShop();
  const std::string line = "/api/cart/" + std::to_string(shop.cart_line);
  for (const auto& payload : Payloads()) {
    const std::string what = Shown(payload);
    ExpectHandled(SendJson("POST", "/api/cart", {{"product_id", payload}, {"quantity", 1}}, shop.customer.auth()),
                  "product_id " + what);
    ExpectHandled(
        SendJson("POST", "/api/cart", {{"product_id", shop.visible.id}, {"quantity", payload}}, shop.customer.auth()),
        "quantity " + what);
    ExpectHandled(SendJson("PUT", line, {{"quantity", payload}}, shop.customer.auth()), "PUT quantity " + what);
    const json merge = {{"items", json::array({json{{"product_id", payload}, {"quantity", payload}}})}};
    ExpectHandled(SendJson("POST", "/api/cart/merge", merge, shop.customer.auth()), "merge " + what);
    for (const std::string method : {"PUT", "DELETE"}) {
      auto response = SendJson(method, "/api/cart/" + Encoded(payload), {{"quantity", 1}}, shop.customer.auth());
      ExpectHandled(response, method + " /api/cart/" + what);
      EXPECT_GE(response.status, 400) << method << " /api/cart/" << what;
    }
  }
  auto cart = Api().Get("/api/cart", shop.customer.auth());
  ASSERT_EQ(cart.status, 200) << cart.body;
  ASSERT_EQ(cart.json().at("items").size(), 1u) << cart.body;
  EXPECT_EQ(cart.json().at("items").at(0).at("quantity"), 1);
}

TEST(SqlInjection, AdminSearchesFindNoMoreThanAWordThatMatchesNothing) {
  const Shop& shop = TheShop();
  for (const std::string list : {"/api/admin/orders", "/api/admin/users"}) {
    auto nothing = Api().Get(list + "?search=zqxwvjkq", shop.admin.auth());
    ASSERT_EQ(nothing.status, 200) << nothing.body;
    const std::int64_t none = TotalOf(nothing);
    for (const auto& payload : Payloads()) {
      for (const std::string name : {"search", "status", "page", "size"}) {
        if (list == "/api/admin/users" && name == "status") continue;
        const std::string what = list + "?" + name + "=" + Shown(payload);
        auto response = Api().Get(list + "?" + name + "=" + Encoded(payload), shop.admin.auth());
        ExpectHandled(response, what);
        if (response.status == 200 && name == "search") {
          EXPECT_LE(TotalOf(response), none) << what;
        }
        if (response.status == 200 && name == "status") ADD_FAILURE() << what << " was taken as a status";
      }
    }
  }
}

TEST(SqlInjection, DiscountCodesMatchNoCodeAndStoreNothing) {
  const Shop& shop = TheShop();
  auto nothing = Api().Get("/api/admin/discount-codes?search=zqxwvjkq", shop.admin.auth());
  ASSERT_EQ(nothing.status, 200) << nothing.body;
  for (const auto& payload : Payloads()) {
    const std::string what = Shown(payload);
    auto applied = SendJson("PUT", "/api/cart/discount", {{"code", payload}}, shop.customer.auth());
    ExpectHandled(applied, "code " + what);
    EXPECT_EQ(applied.status, 422) << "code " << what << " was taken as a code";
    auto search = Api().Get("/api/admin/discount-codes?search=" + Encoded(payload), shop.admin.auth());
    ExpectHandled(search, "search " + what);
    if (search.status == 200) {
      EXPECT_LE(TotalOf(search), TotalOf(nothing)) << "search " << what;
    }
    ExpectHandled(SendJson("POST", "/api/admin/discount-codes", {{"code", payload}, {"kind", "fixed"}, {"value", 1}},
                           shop.admin.auth()),
                  "new code " + what);
    ExpectHandled(Api().Get("/api/admin/discount-codes/" + Encoded(payload), shop.admin.auth()), "id " + what);
  }
  EXPECT_EQ(Db().QueryValue("SELECT count(*) FROM cart_discounts WHERE user_id = " + std::to_string(shop.customer.id)),
            "0");
}

TEST(SqlInjection, ReviewsStoreThePayloadAsPlainTextAndItsParametersFindNothing) {
  const Shop& shop = TheShop();
  const auto product = CreateProduct(Db());
  const auto reviewer = CreateUser(Db());
  ASSERT_EQ(Api().Post("/api/cart", {{"product_id", product.id}}, reviewer.auth()).status, 201);
  auto order = Api().Post("/api/orders", Shop::Shipping(reviewer.email), reviewer.auth());
  ASSERT_EQ(order.status, 201) << order.body;
  const auto order_id = order.json().at("id").get<std::int64_t>();
  Db().Execute("UPDATE orders SET status = 'delivered' WHERE id = " + std::to_string(order_id));
  const std::string reviews = "/api/products/" + std::to_string(product.id) + "/reviews";
  const std::string payload = Payloads().front();
  auto written =
      SendJson("POST", reviews, {{"rating", 3}, {"title", payload.substr(0, 120)}, {"body", payload}}, reviewer.auth());
  ASSERT_EQ(written.status, 201) << written.body;
  EXPECT_EQ(written.json()["body"], payload);
  const std::string review = "/api/reviews/" + std::to_string(written.json().at("id").get<std::int64_t>());
  for (const auto& text : Payloads()) {
    const std::string what = Shown(text);
    auto changed = SendJson("PUT", review, {{"body", text}}, reviewer.auth());
    ExpectHandled(changed, "review body " + what);
    if (changed.status == 200) {
      EXPECT_EQ(changed.json()["body"], json::parse(JsonText(text)).get<std::string>()) << what;
    }
    ExpectHandled(Api().Get(reviews + "?sort=" + Encoded(text)), "sort " + what);
    ExpectHandled(Api().Get("/api/products/" + Encoded(text) + "/reviews"), "product id " + what);
    ExpectHandled(SendJson("POST", "/api/reviews/" + Encoded(text) + "/helpful", json::object(), shop.other.auth()),
                  "review id " + what);
    auto search = Api().Get("/api/admin/reviews?search=" + Encoded(text), shop.admin.auth());
    ExpectHandled(search, "admin search " + what);
    ExpectHandled(Api().Get("/api/admin/reviews?status=" + Encoded(text), shop.admin.auth()), "status " + what);
    ExpectHandled(SendJson("POST", "/api/wishlist", {{"product_id", text}}, shop.customer.auth()), "wishlist " + what);
    ExpectHandled(
        SendJson("POST", "/api/products/" + Encoded(text) + "/stock-alert", json::object(), shop.customer.auth()),
        "stock alert " + what);
  }
  EXPECT_EQ(Db().QueryValue("SELECT count(*) FROM reviews WHERE product_id = " + std::to_string(product.id)), "1");
  EXPECT_EQ(Db().QueryValue("SELECT count(*) FROM wishlist_items WHERE user_id = " + std::to_string(shop.customer.id)),
            "0");
}

TEST(SqlInjection, AdminExportFiltersAnswerNormally) {
  const Shop& shop = TheShop();
  for (const auto& payload : Payloads()) {
    for (const std::string name : {"status", "from", "to"}) {
      const std::string what = name + "=" + Shown(payload);
      auto response = Api().Get("/api/admin/orders/export.csv?" + name + "=" + Encoded(payload), shop.admin.auth());
      ExpectHandled(response, what);
      EXPECT_EQ(response.status, 422) << what;
    }
  }
}

TEST(SqlInjection, AdminUserUpdateFieldsAnswerNormally) {
  const Shop& shop = TheShop();
  const std::string path = "/api/admin/users/" + std::to_string(shop.other.id);
  for (const auto& payload : Payloads()) {
    ExpectHandled(SendJson("PUT", path, {{"role", payload}}, shop.admin.auth()), "role " + Shown(payload));
    ExpectHandled(SendJson("PUT", "/api/admin/users/" + Encoded(payload), {{"is_active", true}}, shop.admin.auth()),
                  "id " + Shown(payload));
  }
  EXPECT_EQ(Db().QueryValue("SELECT role FROM users WHERE id = " + std::to_string(shop.other.id)), "customer");
}

// Runs last in this file: the tables as the first attack of the file found them are all there.
TEST(SqlInjection, EveryTableIsStillThereAfterTheAttacks) {
  const auto& before = TheShop().tables;
  ASSERT_TRUE(before.contains("users") && before.contains("orders") && before.contains("products"));
  EXPECT_EQ(Tables(), before);
  EXPECT_NE(Db().QueryValue("SELECT count(*) FROM users"), "0");
}

}  // namespace
}  // namespace shop::testing

// The catalog over real HTTP: categories, products, visibility, listing filters and sorts,
// search, the response cache with its ETags, image uploads and the files served back.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <set>
#include <string>
#include <vector>

#include "common/crypto.hpp"
#include "support/accounts.hpp"
#include "support/test_server.hpp"

namespace shop::testing {
namespace {

using nlohmann::json;

// A suffix that makes names, slugs and skus unique within the shared test database.
std::string Unique() {
  static std::atomic<int> counter{0};
  return std::to_string(::getpid()) + "x" + std::to_string(counter++) +
         crypto::Hex(crypto::RandomToken(2)).substr(0, 4);
}

const TestUser& Admin() {
  static const TestUser kAdmin = CreateUser(SharedApi::database(), "admin");
  return kAdmin;
}

const TestUser& Customer() {
  static const TestUser kCustomer = CreateUser(SharedApi::database(), "customer");
  return kCustomer;
}

json NewCategory(const std::string& name, json extra = json::object()) {
  extra["name"] = name;
  auto response = SharedApi::client().Post("/api/categories", extra, Admin().auth());
  EXPECT_EQ(response.status, 201) << response.body;
  return response.json();
}

json NewProduct(json fields) {
  if (!fields.contains("name")) fields["name"] = "Product " + Unique();
  if (!fields.contains("sku")) fields["sku"] = "SKU-" + Unique();
  if (!fields.contains("price")) fields["price"] = 10.0;
  if (!fields.contains("stock_quantity")) fields["stock_quantity"] = 10;
  auto response = SharedApi::client().Post("/api/products", fields, Admin().auth());
  EXPECT_EQ(response.status, 201) << response.body;
  return response.json();
}

std::vector<std::string> Names(const json& page) {
  std::vector<std::string> names;
  for (const auto& item : page.at("items")) names.push_back(item.at("name"));
  return names;
}

std::set<std::string> Keys(const json& object) {
  std::set<std::string> keys;
  for (const auto& [key, _] : object.items()) keys.insert(key);
  return keys;
}

std::vector<std::string> ErrorLocs(const json& body) {
  std::vector<std::string> locs;
  for (const auto& error : body.at("detail")) locs.push_back(error.at("loc").back().dump());
  return locs;
}

// --- categories ---------------------------------------------------------------------------

TEST(Categories, AdminCreatesReadsUpdatesAndDeletes) {
  const std::string name = "Garden Tools " + Unique();
  const json created = NewCategory(name, {{"description", "Spades and rakes"}});
  EXPECT_EQ(Keys(created),
            (std::set<std::string>{"id", "name", "slug", "description", "image_url", "product_count", "created_at"}));
  EXPECT_EQ(created["slug"], "garden-tools-" + name.substr(13));
  EXPECT_EQ(created["product_count"], 0);
  EXPECT_EQ(created["image_url"], nullptr);
  const std::string id = std::to_string(created["id"].get<long>());

  auto by_id = SharedApi::client().Get("/api/categories/" + id);
  ASSERT_EQ(by_id.status, 200);
  EXPECT_EQ(by_id.json()["name"], name);
  auto by_slug = SharedApi::client().Get("/api/categories/slug/" + created["slug"].get<std::string>());
  ASSERT_EQ(by_slug.status, 200);
  EXPECT_EQ(by_slug.json()["id"], created["id"]);

  auto updated =
      SharedApi::client().Put("/api/categories/" + id, {{"image_url", "/uploads/garden.png"}}, Admin().auth());
  ASSERT_EQ(updated.status, 200) << updated.body;
  EXPECT_EQ(updated.json()["name"], name);
  EXPECT_EQ(updated.json()["description"], "Spades and rakes");
  EXPECT_EQ(updated.json()["image_url"], "/uploads/garden.png");
  auto cleared = SharedApi::client().Put("/api/categories/" + id, {{"description", nullptr}}, Admin().auth());
  EXPECT_EQ(cleared.json()["description"], nullptr);

  EXPECT_EQ(SharedApi::client().Delete("/api/categories/" + id, Admin().auth()).status, 204);
  EXPECT_EQ(SharedApi::client().Get("/api/categories/" + id).status, 404);
  EXPECT_EQ(SharedApi::client().Delete("/api/categories/" + id, Admin().auth()).status, 404);
}

TEST(Categories, ListIsOrderedByNameAndCountsActiveProducts) {
  const std::string suffix = Unique();
  const json b = NewCategory("Zz B " + suffix);
  const json a = NewCategory("Zz A " + suffix);
  NewProduct({{"category_id", a["id"]}});
  NewProduct({{"category_id", a["id"]}});
  NewProduct({{"category_id", a["id"]}, {"is_active", false}});

  auto response = SharedApi::client().Get("/api/categories");
  ASSERT_EQ(response.status, 200);
  const json list = response.json();
  ASSERT_TRUE(list.is_array());
  std::vector<std::string> names;
  for (const auto& category : list) names.push_back(category["name"]);
  EXPECT_TRUE(std::is_sorted(names.begin(), names.end()));
  for (const auto& category : list) {
    if (category["id"] == a["id"]) EXPECT_EQ(category["product_count"], 2);
    if (category["id"] == b["id"]) EXPECT_EQ(category["product_count"], 0);
  }
}

TEST(Categories, SlugsAreNumberedWhenTakenAndAnExplicitTakenSlugIs409) {
  const std::string name = "Blue Shirt " + Unique();
  const json first = NewCategory(name);
  const json second = NewCategory(name);
  EXPECT_EQ(second["slug"], first["slug"].get<std::string>() + "-2");

  auto taken =
      SharedApi::client().Post("/api/categories", {{"name", "Other"}, {"slug", first["slug"]}}, Admin().auth());
  EXPECT_EQ(taken.status, 409);
  auto moved = SharedApi::client().Put("/api/categories/" + std::to_string(second["id"].get<long>()),
                                       {{"slug", first["slug"]}}, Admin().auth());
  EXPECT_EQ(moved.status, 409);
  auto accented = NewCategory("Crème Brûlée " + Unique());
  EXPECT_TRUE(accented["slug"].get<std::string>().starts_with("creme-brulee-"));
}

TEST(Categories, InvalidFieldsAre422EachNamed) {
  auto response = SharedApi::client().Post(
      "/api/categories", {{"slug", "Not A Slug"}, {"image_url", "javascript:alert(1)"}}, Admin().auth());
  ASSERT_EQ(response.status, 422);
  const auto locs = ErrorLocs(response.json());
  EXPECT_EQ(std::set<std::string>(locs.begin(), locs.end()),
            (std::set<std::string>{"\"name\"", "\"slug\"", "\"image_url\""}));
  EXPECT_EQ(SharedApi::client().Put("/api/categories/abc", {{"name", "x"}}, Admin().auth()).status, 422);
  EXPECT_EQ(SharedApi::client().Get("/api/categories/0").status, 422);
}

TEST(Categories, DeletingACategoryInUseIs409) {
  const json category = NewCategory("In Use " + Unique());
  NewProduct({{"category_id", category["id"]}, {"is_active", false}});
  auto response =
      SharedApi::client().Delete("/api/categories/" + std::to_string(category["id"].get<long>()), Admin().auth());
  EXPECT_EQ(response.status, 409);
  EXPECT_TRUE(response.json()["detail"].is_string());
}

TEST(Categories, WritesNeedAnAdmin) {
  auto anonymous = SharedApi::client().Post("/api/categories", {{"name", "Nope"}});
  EXPECT_EQ(anonymous.status, 401);
  EXPECT_EQ(anonymous.header("www-authenticate"), "Bearer");
  EXPECT_EQ(SharedApi::client().Post("/api/categories", {{"name", "Nope"}}, Customer().auth()).status, 403);
  EXPECT_EQ(SharedApi::client().Put("/api/categories/1", {{"name", "Nope"}}, Customer().auth()).status, 403);
  EXPECT_EQ(SharedApi::client().Delete("/api/categories/1", Customer().auth()).status, 403);
  EXPECT_EQ(SharedApi::client().Post("/api/products", {{"name", "Nope"}}, Customer().auth()).status, 403);
  EXPECT_EQ(SharedApi::client().Put("/api/products/1", {{"name", "Nope"}}, Customer().auth()).status, 403);
  EXPECT_EQ(SharedApi::client().Delete("/api/products/1").status, 401);
  EXPECT_EQ(SharedApi::client().Get("/api/products", Bearer("not-a-token")).status, 401);
}

// --- products -----------------------------------------------------------------------------

TEST(Products, JsonHasTheContractFieldsAndCostOnlyForAdmins) {
  const json category = NewCategory("Shape " + Unique());
  const json created = NewProduct({{"name", "Shape Lamp " + Unique()},
                                   {"description", "A lamp."},
                                   {"price", 19.99},
                                   {"compare_at_price", 24.5},
                                   {"cost_per_item", 7.25},
                                   {"stock_quantity", 3},
                                   {"image_url", "/uploads/lamp.png"},
                                   {"images", {"/uploads/lamp.png", "https://cdn.example.com/lamp-2.png"}},
                                   {"is_featured", true},
                                   {"category_id", category["id"]}});
  const std::set<std::string> public_keys = {
      "id",         "name",       "slug",        "description", "price",       "compare_at_price", "stock_quantity",
      "sku",        "image_url",  "images",      "is_active",   "is_featured", "category_id",      "category",
      "created_at", "updated_at", "has_variants"};
  std::set<std::string> admin_keys = public_keys;
  admin_keys.insert("cost_per_item");
  EXPECT_EQ(Keys(created), admin_keys);
  EXPECT_EQ(created["price"], 19.99);
  EXPECT_EQ(created["compare_at_price"], 24.5);
  EXPECT_EQ(created["cost_per_item"], 7.25);
  EXPECT_EQ(created["images"].size(), 2u);
  EXPECT_EQ(created["category"],
            (json{{"id", category["id"]}, {"name", category["name"]}, {"slug", category["slug"]}}));
  EXPECT_TRUE(created["created_at"].get<std::string>().ends_with("Z"));

  const std::string path = "/api/products/" + std::to_string(created["id"].get<long>());
  auto anonymous = SharedApi::client().Get(path);
  ASSERT_EQ(anonymous.status, 200);
  EXPECT_EQ(Keys(anonymous.json()), public_keys);
  EXPECT_EQ(Keys(SharedApi::client().Get(path, Customer().auth()).json()), public_keys);
  auto admin = SharedApi::client().Get(path, Admin().auth());
  EXPECT_EQ(admin.json()["cost_per_item"], 7.25);
  // The anonymous response was cached first; the admin still gets the cost, and after the admin
  // the public still does not.
  EXPECT_EQ(Keys(SharedApi::client().Get(path).json()), public_keys);
  auto by_slug = SharedApi::client().Get("/api/products/slug/" + created["slug"].get<std::string>());
  ASSERT_EQ(by_slug.status, 200);
  EXPECT_EQ(by_slug.json()["id"], created["id"]);
  EXPECT_EQ(SharedApi::client().Get("/api/products/slug/no-such-product-" + Unique()).status, 404);
  EXPECT_EQ(SharedApi::client().Get("/api/products/999999999").status, 404);
}

TEST(Products, SlugsAreNumberedAndTakenSkuOrSlugIs409) {
  const std::string name = "Blue Shirt " + Unique();
  const json first = NewProduct({{"name", name}});
  const json second = NewProduct({{"name", name}});
  EXPECT_EQ(second["slug"], first["slug"].get<std::string>() + "-2");
  const json third = NewProduct({{"name", name}});
  EXPECT_EQ(third["slug"], first["slug"].get<std::string>() + "-3");

  auto same_sku = SharedApi::client().Post(
      "/api/products", {{"name", "X"}, {"sku", first["sku"]}, {"price", 1}, {"stock_quantity", 1}}, Admin().auth());
  EXPECT_EQ(same_sku.status, 409);
  EXPECT_NE(same_sku.json()["detail"].get<std::string>().find("SKU"), std::string::npos);
  auto same_slug = SharedApi::client().Post(
      "/api/products",
      {{"name", "X"}, {"slug", first["slug"]}, {"sku", "S-" + Unique()}, {"price", 1}, {"stock_quantity", 1}},
      Admin().auth());
  EXPECT_EQ(same_slug.status, 409);
  auto update_sku = SharedApi::client().Put("/api/products/" + std::to_string(second["id"].get<long>()),
                                            {{"sku", first["sku"]}}, Admin().auth());
  EXPECT_EQ(update_sku.status, 409);
}

TEST(Products, InvalidFieldsAre422EachNamed) {
  auto response = SharedApi::client().Post("/api/products",
                                           {{"name", ""},
                                            {"price", 1.999},
                                            {"compare_at_price", -1},
                                            {"stock_quantity", -2},
                                            {"images", {"ftp://x"}},
                                            {"is_featured", "yes"}},
                                           Admin().auth());
  ASSERT_EQ(response.status, 422);
  const auto locs = ErrorLocs(response.json());
  EXPECT_EQ(std::set<std::string>(locs.begin(), locs.end()),
            (std::set<std::string>{"\"name\"", "\"price\"", "\"compare_at_price\"", "\"stock_quantity\"", "\"sku\"",
                                   "\"0\"", "\"is_featured\""}));

  auto unknown_category = SharedApi::client().Post(
      "/api/products",
      {{"name", "X"}, {"sku", "S-" + Unique()}, {"price", 1}, {"stock_quantity", 1}, {"category_id", 999999999}},
      Admin().auth());
  EXPECT_EQ(unknown_category.status, 422);
  auto not_json = SharedApi::client().Send(
      "POST", "/api/products", "name=x",
      {{"Content-Type", "application/x-www-form-urlencoded"}, {"Authorization", "Bearer " + Admin().token}});
  EXPECT_EQ(not_json.status, 415);
}

TEST(Products, UpdateChangesOnlyTheFieldsSent) {
  const json category = NewCategory("Partial " + Unique());
  const json product =
      NewProduct({{"price", 20}, {"compare_at_price", 25}, {"category_id", category["id"]}, {"description", "Before"}});
  const std::string path = "/api/products/" + std::to_string(product["id"].get<long>());

  auto price = SharedApi::client().Put(path, {{"price", 18.5}}, Admin().auth());
  ASSERT_EQ(price.status, 200) << price.body;
  EXPECT_EQ(price.json()["price"], 18.5);
  EXPECT_EQ(price.json()["name"], product["name"]);
  EXPECT_EQ(price.json()["slug"], product["slug"]);
  EXPECT_EQ(price.json()["description"], "Before");
  EXPECT_EQ(price.json()["compare_at_price"], 25);
  EXPECT_EQ(price.json()["category_id"], category["id"]);

  auto cleared =
      SharedApi::client().Put(path, {{"compare_at_price", nullptr}, {"category_id", nullptr}}, Admin().auth());
  ASSERT_EQ(cleared.status, 200);
  EXPECT_EQ(cleared.json()["compare_at_price"], nullptr);
  EXPECT_EQ(cleared.json()["category"], nullptr);
  EXPECT_EQ(cleared.json()["price"], 18.5);

  EXPECT_EQ(SharedApi::client().Put(path, {{"price", -1}}, Admin().auth()).status, 422);
  EXPECT_EQ(SharedApi::client().Put(path, {{"name", nullptr}}, Admin().auth()).status, 422);
  EXPECT_EQ(SharedApi::client().Put("/api/products/999999999", {{"price", 1}}, Admin().auth()).status, 404);
}

TEST(Products, InactiveProductsAreInvisibleToAllButAdmins) {
  const json category = NewCategory("Hidden " + Unique());
  const json visible = NewProduct({{"category_id", category["id"]}});
  const json hidden = NewProduct({{"category_id", category["id"]}, {"is_active", false}});
  const std::string id = std::to_string(hidden["id"].get<long>());
  const std::string list = "/api/products?category_id=" + std::to_string(category["id"].get<long>());

  EXPECT_EQ(SharedApi::client().Get("/api/products/" + id).status, 404);
  EXPECT_EQ(SharedApi::client().Get("/api/products/" + id, Customer().auth()).status, 404);
  EXPECT_EQ(SharedApi::client().Get("/api/products/slug/" + hidden["slug"].get<std::string>()).status, 404);
  EXPECT_EQ(Names(SharedApi::client().Get(list).json()), (std::vector<std::string>{visible["name"]}));
  EXPECT_EQ(Names(SharedApi::client().Get(list + "&include_inactive=true", Customer().auth()).json()),
            (std::vector<std::string>{visible["name"]}));
  EXPECT_EQ(Names(SharedApi::client().Get(list + "&include_inactive=true").json()),
            (std::vector<std::string>{visible["name"]}));

  auto admin = SharedApi::client().Get("/api/products/" + id, Admin().auth());
  ASSERT_EQ(admin.status, 200);
  EXPECT_EQ(admin.json()["is_active"], false);
  EXPECT_EQ(Names(SharedApi::client().Get(list, Admin().auth()).json()), (std::vector<std::string>{visible["name"]}));
  const json all = SharedApi::client().Get(list + "&include_inactive=true", Admin().auth()).json();
  EXPECT_EQ(all["total"], 2);
  EXPECT_EQ(SharedApi::client().Get(list + "&include_inactive=maybe", Admin().auth()).status, 422);
}

TEST(Products, DeletingRemovesAProductNoOrderRefersTo) {
  const json product = NewProduct({});
  const std::string path = "/api/products/" + std::to_string(product["id"].get<long>());
  EXPECT_EQ(SharedApi::client().Delete(path, Admin().auth()).status, 204);
  EXPECT_EQ(SharedApi::client().Get(path, Admin().auth()).status, 404);
  EXPECT_EQ(SharedApi::client().Delete(path, Admin().auth()).status, 404);
}

TEST(Products, DeletingAProductInAnOrderDeactivatesIt) {
  const json product = NewProduct({{"price", 5}});
  const std::string id = std::to_string(product["id"].get<long>());
  const auto& db = SharedApi::database();
  const std::string order_id = db.QueryValue(
      "INSERT INTO orders (order_number, user_id, subtotal, total_amount, customer_name, customer_email, "
      "shipping_address, shipping_city, shipping_postal_code, shipping_country) VALUES ('T-" +
      Unique() + "', " + std::to_string(Customer().id) +
      ", 5, 5, 'C', 'c@example.com', 'A', 'B', '1', 'NL') RETURNING id");
  db.Execute("INSERT INTO order_items (order_id, product_id, product_name, product_sku, quantity, price) VALUES (" +
             order_id + ", " + id + ", 'x', 'x', 1, 5)");

  EXPECT_EQ(SharedApi::client().Delete("/api/products/" + id, Admin().auth()).status, 204);
  auto admin = SharedApi::client().Get("/api/products/" + id, Admin().auth());
  ASSERT_EQ(admin.status, 200);
  EXPECT_EQ(admin.json()["is_active"], false);
  EXPECT_EQ(SharedApi::client().Get("/api/products/" + id).status, 404);
}

// --- listing ------------------------------------------------------------------------------

struct Shelf {
  json category;
  std::string list;  // "/api/products?category_id=N"
};

// A category with four products of known prices, names, stock and flags.
Shelf MakeShelf() {
  Shelf shelf;
  shelf.category = NewCategory("Shelf " + Unique());
  const auto id = shelf.category["id"];
  NewProduct({{"name", "Bravo " + Unique()}, {"price", 30}, {"stock_quantity", 0}, {"category_id", id}});
  NewProduct({{"name", "Alpha " + Unique()},
              {"price", 10},
              {"stock_quantity", 5},
              {"category_id", id},
              {"is_featured", true}});
  NewProduct({{"name", "Delta " + Unique()}, {"price", 40}, {"stock_quantity", 2}, {"category_id", id}});
  NewProduct({{"name", "Charlie " + Unique()},
              {"price", 20.5},
              {"stock_quantity", 9},
              {"category_id", id},
              {"is_featured", true}});
  shelf.list = "/api/products?category_id=" + std::to_string(id.get<long>());
  return shelf;
}

std::vector<std::string> Prefixes(const json& page) {
  std::vector<std::string> prefixes;
  for (const auto& name : Names(page)) prefixes.push_back(name.substr(0, name.find(' ')));
  return prefixes;
}

TEST(ProductList, SortsBySixOrdersAndRejectsOthers) {
  const Shelf shelf = MakeShelf();
  const auto sorted = [&](const std::string& sort) {
    auto response = SharedApi::client().Get(shelf.list + (sort.empty() ? "" : "&sort=" + sort));
    EXPECT_EQ(response.status, 200) << response.body;
    return Prefixes(response.json());
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(sorted(""), (V{"Charlie", "Delta", "Alpha", "Bravo"}));  // newest first
  EXPECT_EQ(sorted("newest"), (V{"Charlie", "Delta", "Alpha", "Bravo"}));
  EXPECT_EQ(sorted("price_asc"), (V{"Alpha", "Charlie", "Bravo", "Delta"}));
  EXPECT_EQ(sorted("price_desc"), (V{"Delta", "Bravo", "Charlie", "Alpha"}));
  EXPECT_EQ(sorted("name_asc"), (V{"Alpha", "Bravo", "Charlie", "Delta"}));
  EXPECT_EQ(sorted("name_desc"), (V{"Delta", "Charlie", "Bravo", "Alpha"}));
  EXPECT_EQ(sorted("relevance"), (V{"Charlie", "Delta", "Alpha", "Bravo"}));  // no search: newest

  auto unknown = SharedApi::client().Get(shelf.list + "&sort=cheapest");
  ASSERT_EQ(unknown.status, 422);
  EXPECT_EQ(unknown.json()["detail"][0]["loc"], (json{"query", "sort"}));
}

TEST(ProductList, FiltersByCategoryPriceStockAndFeatured) {
  const Shelf shelf = MakeShelf();
  using V = std::vector<std::string>;
  const auto names = [&](const std::string& query) {
    auto response = SharedApi::client().Get(shelf.list + query + "&sort=name_asc");
    EXPECT_EQ(response.status, 200) << response.body;
    return Prefixes(response.json());
  };
  EXPECT_EQ(names("&min_price=20.5"), (V{"Bravo", "Charlie", "Delta"}));
  EXPECT_EQ(names("&max_price=20.50"), (V{"Alpha", "Charlie"}));
  EXPECT_EQ(names("&min_price=15&max_price=35"), (V{"Bravo", "Charlie"}));
  EXPECT_EQ(names("&in_stock=true"), (V{"Alpha", "Charlie", "Delta"}));
  EXPECT_EQ(names("&in_stock=false"), (V{"Bravo"}));
  EXPECT_EQ(names("&featured=true"), (V{"Alpha", "Charlie"}));
  EXPECT_EQ(names("&featured=false&in_stock=true"), (V{"Delta"}));

  auto by_slug =
      SharedApi::client().Get("/api/products?sort=name_asc&category=" + shelf.category["slug"].get<std::string>());
  EXPECT_EQ(Prefixes(by_slug.json()), (V{"Alpha", "Bravo", "Charlie", "Delta"}));
  EXPECT_EQ(by_slug.json()["items"][0]["category"]["slug"], shelf.category["slug"]);
  auto unknown_slug = SharedApi::client().Get("/api/products?category=no-such-category-" + Unique());
  EXPECT_EQ(unknown_slug.json()["total"], 0);

  for (const char* bad : {"&min_price=abc", "&max_price=-1", "&min_price=1.234", "&in_stock=perhaps", "&featured=2x",
                          "&category_id=0", "&category_id=x"}) {
    EXPECT_EQ(SharedApi::client().Get(std::string("/api/products?") + (bad + 1)).status, 422) << bad;
  }
}

TEST(ProductList, PagesCarryTotalsAndBounds) {
  const Shelf shelf = MakeShelf();
  auto first = SharedApi::client().Get(shelf.list + "&size=3&sort=name_asc");
  ASSERT_EQ(first.status, 200);
  const json page1 = first.json();
  EXPECT_EQ(Keys(page1), (std::set<std::string>{"items", "total", "page", "size", "pages"}));
  EXPECT_EQ(page1["total"], 4);
  EXPECT_EQ(page1["page"], 1);
  EXPECT_EQ(page1["size"], 3);
  EXPECT_EQ(page1["pages"], 2);
  EXPECT_EQ(Prefixes(page1), (std::vector<std::string>{"Alpha", "Bravo", "Charlie"}));
  const json page2 = SharedApi::client().Get(shelf.list + "&size=3&page=2&sort=name_asc").json();
  EXPECT_EQ(Prefixes(page2), (std::vector<std::string>{"Delta"}));
  EXPECT_EQ(page2["total"], 4);
  const json beyond = SharedApi::client().Get(shelf.list + "&size=3&page=5").json();
  EXPECT_TRUE(beyond["items"].empty());
  EXPECT_EQ(beyond["total"], 4);
  const json empty = SharedApi::client().Get("/api/products?category=nothing-" + Unique()).json();
  EXPECT_EQ(empty["pages"], 0);
  EXPECT_EQ(empty["size"], 20);

  for (const char* bad : {"&size=0", "&size=101", "&page=0", "&page=x"}) {
    auto response = SharedApi::client().Get(shelf.list + bad);
    EXPECT_EQ(response.status, 422) << bad;
    EXPECT_EQ(response.json()["detail"][0]["loc"][0], "query");
  }
}

// --- search -------------------------------------------------------------------------------

struct SearchShop {
  std::string list;  // "/api/products?category_id=N"
  std::string lamp_sku;
};

const SearchShop& Searchable() {
  static const SearchShop kShop = [] {
    const json category = NewCategory("Search " + Unique());
    const auto& id = category["id"];
    NewProduct({{"name", "Running Shoes"}, {"description", "Light trainers for daily miles."}, {"category_id", id}});
    NewProduct({{"name", "Gift Box"}, {"description", "A sturdy cardboard box with a ribbon."}, {"category_id", id}});
    NewProduct({{"name", "Keyboard"}, {"description", "Mechanical, with tactile switches."}, {"category_id", id}});
    NewProduct({{"name", "Coffee Mug"}, {"description", "Stoneware mug for your morning brew."}, {"category_id", id}});
    NewProduct({{"name", "Shoe Polish Kit"}, {"description", "Keeps leather shoes shining."}, {"category_id", id}});
    NewProduct({{"name", "Travel Pouch"},
                {"description", "Holds running gear and a spare pair of shoes."},
                {"category_id", id}});
    const std::string sku = "LAMP-" + Unique() + "-ZEBRA";
    NewProduct({{"name", "Desk Lamp"}, {"sku", sku}, {"category_id", id}});
    NewProduct({{"name", "Floor Lamp"}, {"sku", sku + "-2"}, {"category_id", id}});
    return SearchShop{"/api/products?category_id=" + std::to_string(id.get<long>()), sku};
  }();
  return kShop;
}

std::vector<std::string> Search(const std::string& text) {
  auto response = SharedApi::client().Get(Searchable().list + "&search=" + text);
  EXPECT_EQ(response.status, 200) << response.body;
  return Names(response.json());
}

TEST(Search, ToleratesWordFormsAndRanksNameMatchesFirst) {
  const auto shoe = Search("shoe");
  ASSERT_GE(shoe.size(), 3u);
  EXPECT_TRUE(shoe[0] == "Running Shoes" || shoe[0] == "Shoe Polish Kit") << shoe[0];
  EXPECT_EQ(shoe.back(), "Travel Pouch");  // matched in the description only
  EXPECT_EQ(std::count(shoe.begin(), shoe.end(), "Keyboard"), 0);

  EXPECT_EQ(Search("boxes"), (std::vector<std::string>{"Gift Box"}));
}

TEST(Search, ForgivesAWrongLetterInLongerWords) {
  const auto keyboard = Search("keybord");
  ASSERT_FALSE(keyboard.empty());
  EXPECT_EQ(keyboard[0], "Keyboard");
  const auto running = Search("runing%20shoes");
  ASSERT_FALSE(running.empty());
  EXPECT_EQ(running[0], "Running Shoes");
}

TEST(Search, MatchesAnyOfTheWordsAndTheSku) {
  const auto either = Search("mug+keyboard");
  EXPECT_EQ(std::set<std::string>(either.begin(), either.end()), (std::set<std::string>{"Coffee Mug", "Keyboard"}));
  const auto zebra = Search("zebra");
  EXPECT_EQ(std::set<std::string>(zebra.begin(), zebra.end()), (std::set<std::string>{"Desk Lamp", "Floor Lamp"}));
  const auto exact_sku = Search(Searchable().lamp_sku);
  ASSERT_FALSE(exact_sku.empty());
  EXPECT_EQ(exact_sku[0], "Desk Lamp");
  EXPECT_TRUE(Search("xylophone").empty());
  EXPECT_TRUE(Search("%27%3B%20DROP%20TABLE%20products%3B--").empty());
  EXPECT_TRUE(Search("%21%26%7C%3A*").empty());

  auto sorted = SharedApi::client().Get(Searchable().list + "&search=shoe&sort=name_asc");
  EXPECT_EQ(Names(sorted.json()), (std::vector<std::string>{"Running Shoes", "Shoe Polish Kit", "Travel Pouch"}));
}

// A category with 130 products named "Plain Widget <n>", then one "Blue Widget": more matches of
// "widget" than a search ranks.
std::string WidgetShelf() {
  const json category = NewCategory("Widgets " + Unique());
  const std::string id = std::to_string(category["id"].get<long>());
  const std::string tag = Unique();
  SharedApi::database().Execute(
      "INSERT INTO products (name, slug, price, stock_quantity, sku, category_id) "
      "SELECT 'Plain Widget ' || n, 'plain-widget-" +
      tag + "-' || n, 5, 3, 'WIDGET-" + tag + "-' || n, " + id + " FROM generate_series(1, 130) AS n");
  NewProduct({{"name", "Blue Widget"}, {"category_id", category["id"]}});
  return "/api/products?category_id=" + id;
}

TEST(Search, RanksTheMatchesOfEveryWordFirstAmongMany) {
  const auto page = SharedApi::client().Get(WidgetShelf() + "&search=blue+widget&size=5").json();
  ASSERT_FALSE(page["items"].empty());
  EXPECT_EQ(page["items"][0]["name"], "Blue Widget");  // the last one written: ranked, not found first
}

TEST(Search, FindsAtMostAHundredAndPagesThroughExactlyThose) {
  const std::string list = WidgetShelf() + "&search=widget&size=40";
  std::set<long> seen;
  for (int number = 1; number <= 3; ++number) {
    const json page = SharedApi::client().Get(list + "&page=" + std::to_string(number)).json();
    EXPECT_EQ(page["total"], 100);
    EXPECT_EQ(page["pages"], 3);
    EXPECT_EQ(page["items"].size(), number < 3 ? 40u : 20u);
    for (const auto& item : page["items"]) seen.insert(item["id"].get<long>());
  }
  EXPECT_EQ(seen.size(), 100u);  // no product on two pages
  const json beyond = SharedApi::client().Get(list + "&page=4").json();
  EXPECT_TRUE(beyond["items"].empty());
  EXPECT_EQ(beyond["total"], 100);
  const json by_name = SharedApi::client().Get(list + "&sort=name_asc").json();
  EXPECT_EQ(by_name["total"], 100);
  const auto names = Names(by_name);
  EXPECT_TRUE(std::is_sorted(names.begin(), names.end()));
}

// --- the response cache -------------------------------------------------------------------

TEST(CatalogCache, RevalidatesWithETagAndAnswers304) {
  const json product = NewProduct({});
  const std::string path = "/api/products/" + std::to_string(product["id"].get<long>());
  auto first = SharedApi::client().Get(path);
  ASSERT_EQ(first.status, 200);
  const std::string etag = first.header("etag");
  ASSERT_FALSE(etag.empty());
  EXPECT_EQ(first.header("cache-control"), "no-cache");
  auto second = SharedApi::client().Get(path);
  EXPECT_EQ(second.header("etag"), etag);
  EXPECT_EQ(second.body, first.body);

  auto not_modified = SharedApi::client().Get(path, {{"If-None-Match", etag}});
  EXPECT_EQ(not_modified.status, 304);
  EXPECT_TRUE(not_modified.body.empty());
  EXPECT_EQ(not_modified.header("etag"), etag);
  EXPECT_EQ(SharedApi::client().Get(path, {{"If-None-Match", "\"stale\""}}).status, 200);

  auto list = SharedApi::client().Get("/api/products?size=1");
  auto list_again = SharedApi::client().Get("/api/products?size=1", {{"If-None-Match", list.header("etag")}});
  EXPECT_EQ(list_again.status, 304);
}

TEST(CatalogCache, AnAdminChangeIsVisibleAsSoonAsItIsAcknowledged) {
  const json category = NewCategory("Cache " + Unique());
  const json product = NewProduct({{"name", "Old Name " + Unique()}, {"category_id", category["id"]}});
  const std::string path = "/api/products/" + std::to_string(product["id"].get<long>());
  const std::string list = "/api/products?category_id=" + std::to_string(category["id"].get<long>());
  const std::string categories = "/api/categories/" + std::to_string(category["id"].get<long>());

  const auto before = SharedApi::client().Get(path);
  SharedApi::client().Get(path);  // now served from the cache
  SharedApi::client().Get(list);
  EXPECT_EQ(SharedApi::client().Get(categories).json()["product_count"], 1);

  auto changed = SharedApi::client().Put(path, {{"name", "New Name"}, {"price", 12.34}}, Admin().auth());
  ASSERT_EQ(changed.status, 200);
  const auto after = SharedApi::client().Get(path);
  EXPECT_EQ(after.json()["name"], "New Name");
  EXPECT_EQ(after.json()["price"], 12.34);
  EXPECT_NE(after.header("etag"), before.header("etag"));
  EXPECT_EQ(SharedApi::client().Get(path, {{"If-None-Match", before.header("etag")}}).status, 200);
  EXPECT_EQ(Names(SharedApi::client().Get(list).json()), (std::vector<std::string>{"New Name"}));

  NewProduct({{"category_id", category["id"]}});
  EXPECT_EQ(SharedApi::client().Get(list).json()["total"], 2);
  EXPECT_EQ(SharedApi::client().Get(categories).json()["product_count"], 2);

  ASSERT_EQ(SharedApi::client().Delete(path, Admin().auth()).status, 204);
  EXPECT_EQ(SharedApi::client().Get(path).status, 404);
  EXPECT_EQ(SharedApi::client().Get(list).json()["total"], 1);
}

TEST(CatalogCache, CachedPagesAreGzippedForClientsThatAcceptIt) {
  const Shelf shelf = MakeShelf();
  auto plain = SharedApi::client().Get(shelf.list);
  for (int i = 0; i < 2; ++i) {  // the second answer comes from the cache
    auto gzipped = SharedApi::client().Get(shelf.list, {{"Accept-Encoding", "gzip"}});
    ASSERT_EQ(gzipped.status, 200);
    EXPECT_EQ(gzipped.header("content-encoding"), "gzip");
    ASSERT_GE(gzipped.body.size(), 2u);
    EXPECT_EQ(static_cast<unsigned char>(gzipped.body[0]), 0x1f);
    EXPECT_LT(gzipped.body.size(), plain.body.size());
    EXPECT_EQ(gzipped.header("etag"), plain.header("etag"));
  }
  EXPECT_EQ(SharedApi::client().Get(shelf.list).body, plain.body);
}

TEST(CatalogCache, QueryOrderDoesNotChangeTheAnswer) {
  const Shelf shelf = MakeShelf();
  auto one = SharedApi::client().Get(shelf.list + "&sort=price_asc&size=2");
  auto other = SharedApi::client().Get("/api/products?size=2&sort=price_asc&category_id=" +
                                       std::to_string(shelf.category["id"].get<long>()));
  EXPECT_EQ(one.body, other.body);
  EXPECT_EQ(one.header("etag"), other.header("etag"));
}

// --- uploads ------------------------------------------------------------------------------

// A 1×1 transparent PNG.
const std::string kTinyPng = [] {
  const unsigned char bytes[] = {0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48,
                                 0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00,
                                 0x00, 0x1F, 0x15, 0xC4, 0x89, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x44, 0x41, 0x54, 0x78,
                                 0xDA, 0x63, 0xF8, 0xCF, 0xC0, 0xF0, 0x1F, 0x00, 0x05, 0x00, 0x01, 0xFF, 0x89, 0x99,
                                 0x3D, 0x1D, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82};
  return std::string(reinterpret_cast<const char*>(bytes), sizeof(bytes));
}();

constexpr const char* kBoundary = "----shopTestBoundary7MA4YWxk";

std::string Multipart(const std::string& field, const std::string& filename, const std::string& content) {
  return std::string("--") + kBoundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" +
         filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + kBoundary + "--\r\n";
}

HttpResponse Upload(const std::string& body, const Headers& auth) {
  Headers headers = auth;
  headers.emplace_back("Content-Type", std::string("multipart/form-data; boundary=") + kBoundary);
  return SharedApi::client().Send("POST", "/api/admin/uploads", body, headers);
}

TEST(Uploads, StoresARealImageAndServesItBackUnchanged) {
  auto response = Upload(Multipart("file", "pixel.png", kTinyPng), Admin().auth());
  ASSERT_EQ(response.status, 201) << response.body;
  const std::string url = response.json()["url"];
  EXPECT_TRUE(url.starts_with("/uploads/"));
  EXPECT_TRUE(url.ends_with(".png"));

  auto served = SharedApi::client().Get(url);
  ASSERT_EQ(served.status, 200);
  EXPECT_EQ(served.body, kTinyPng);
  EXPECT_EQ(served.header("content-type"), "image/png");
  EXPECT_EQ(served.header("cache-control"), "public, max-age=31536000, immutable");

  auto again = Upload(Multipart("file", "pixel.png", kTinyPng), Admin().auth());
  EXPECT_NE(again.json()["url"], url);  // random names: never overwritten
}

TEST(Uploads, DecidesTheTypeByContentNotByName) {
  auto text = Upload(Multipart("file", "evil.png", "just text, not an image"), Admin().auth());
  ASSERT_EQ(text.status, 422);
  EXPECT_EQ(text.json()["detail"][0]["loc"], (json{"body", "file"}));
  EXPECT_NE(text.json()["detail"][0]["msg"].get<std::string>().find("JPEG, PNG, WebP or GIF"), std::string::npos);

  auto gif = Upload(Multipart("file", "photo.jpg", std::string("GIF89a\x01\x00\x01\x00", 10)), Admin().auth());
  ASSERT_EQ(gif.status, 201);
  EXPECT_TRUE(gif.json()["url"].get<std::string>().ends_with(".gif"));
  EXPECT_EQ(SharedApi::client().Get(gif.json()["url"]).header("content-type"), "image/gif");
}

TEST(Uploads, RejectsBadRequests) {
  EXPECT_EQ(Upload(Multipart("file", "a.png", kTinyPng), {}).status, 401);
  EXPECT_EQ(Upload(Multipart("file", "a.png", kTinyPng), Customer().auth()).status, 403);
  auto wrong_field = Upload(Multipart("picture", "a.png", kTinyPng), Admin().auth());
  EXPECT_EQ(wrong_field.status, 422);
  EXPECT_EQ(wrong_field.json()["detail"][0]["loc"], (json{"body", "file"}));
  EXPECT_EQ(Upload("garbage without boundaries", Admin().auth()).status, 422);
  auto json_body = SharedApi::client().Post("/api/admin/uploads", {{"file", "x"}}, Admin().auth());
  EXPECT_EQ(json_body.status, 415);

  auto too_big = Upload(Multipart("file", "big.png", kTinyPng + std::string(5 * 1024 * 1024, 'x')), Admin().auth());
  EXPECT_EQ(too_big.status, 413);
}

TEST(Uploads, ServesNothingOutsideTheUploadFolder) {
  for (const char* path : {"/uploads/%2e%2e/secret", "/uploads/..%2Fsecret", "/uploads/.hidden", "/uploads/",
                           "/uploads/missing.png", "/uploads/%2e%2e%2f%2e%2e%2fetc%2fpasswd"}) {
    EXPECT_EQ(SharedApi::client().Get(path).status, 404) << path;
  }
  EXPECT_EQ(SharedApi::client().Get("/uploads/../secret").status, 404);
}

// --- the demo shop ------------------------------------------------------------------------

// Runs `shop-api seed-demo` against `database`, with pictures under `upload_dir`; its exit status.
int SeedDemo(const TestDatabase& database, const std::filesystem::path& upload_dir) {
  const std::string command = "DATABASE_URL='" + database.url() + "' UPLOAD_DIR='" + upload_dir.string() +
                              "' SECRET_KEY='" + kTestSecretKey + "' LOG_LEVEL=warning '" + ShopApiPath().string() +
                              "' seed-demo";
  return std::system(command.c_str());
}

TEST(DemoShop, SeedDemoFillsAnEmptyCatalogOnlyOnce) {
  TestDatabase database;
  TestServer server(database);
  const auto uploads = server.work_dir() / "uploads";
  ASSERT_EQ(SeedDemo(database, uploads), 0);
  const auto client = server.client();

  const json categories = client.Get("/api/categories").json();
  ASSERT_GE(categories.size(), 8u);
  for (const auto& category : categories) {
    EXPECT_GE(category["product_count"].get<int>(), 10) << category["name"];
    EXPECT_EQ(client.Get(category["image_url"]).status, 200);
  }
  const json page = client.Get("/api/products?size=100").json();
  ASSERT_GE(page["total"].get<int>(), 80);
  std::set<std::string> skus;
  int on_sale = 0;
  int low = 0;
  int sold_out = 0;
  for (const auto& product : page["items"]) {
    skus.insert(product["sku"].get<std::string>());
    if (!product["compare_at_price"].is_null()) ++on_sale;
    const int stock = product["stock_quantity"];
    if (stock == 0) ++sold_out;
    if (stock > 0 && stock <= 5) ++low;
    EXPECT_FALSE(product["description"].get<std::string>().empty());
    EXPECT_NE(product["category"], nullptr);
    ASSERT_TRUE(product["image_url"].is_string());
    EXPECT_GE(product["images"].size(), 1u);
    EXPECT_LE(product["images"].size(), 2u);
  }
  EXPECT_EQ(skus.size(), page["items"].size());
  EXPECT_GT(on_sale, 5);
  EXPECT_GT(low, 5);
  EXPECT_GT(sold_out, 3);
  EXPECT_GE(client.Get("/api/products?featured=true").json()["total"].get<int>(), 8);

  const std::string image = page["items"][0]["image_url"];
  auto picture = client.Get(image);
  ASSERT_EQ(picture.status, 200);
  EXPECT_EQ(picture.header("content-type"), "image/svg+xml");
  EXPECT_TRUE(picture.body.starts_with("<svg"));

  const auto admin = CreateUser(database, "admin");
  EXPECT_NE(client.Get("/api/products?size=1", admin.auth()).json()["items"][0]["cost_per_item"], nullptr);

  // A few products are sold in variants, each with its own SKU, and the product's stock their sum.
  const std::string tee = database.QueryValue("SELECT id FROM products WHERE slug = 'classic-cotton-t-shirt'");
  const auto tee_variants = client.Get("/api/products/" + tee + "/variants").json();
  EXPECT_EQ(tee_variants["options"].size(), 2u);
  EXPECT_EQ(tee_variants["variants"].size(), 12u);
  EXPECT_EQ(database.QueryValue("SELECT count(*) FROM products WHERE has_variants"), "3");
  EXPECT_EQ(database.QueryValue("SELECT count(*) FROM products p WHERE has_variants AND stock_quantity <> "
                                "(SELECT sum(stock_quantity) FROM product_variants v WHERE v.product_id = p.id)"),
            "0");

  // The welcome code takes 10 % off any cart.
  const auto shopper = CreateUser(database);
  const std::string plain = database.QueryValue("SELECT id FROM products WHERE sku = 'HOM-001'");
  ASSERT_EQ(client.Post("/api/cart", {{"product_id", std::stoll(plain)}}, shopper.auth()).status, 201);
  auto welcomed = client.Put("/api/cart/discount", {{"code", "welcome10"}}, shopper.auth());
  ASSERT_EQ(welcomed.status, 200) << welcomed.body;
  EXPECT_EQ(welcomed.json()["discount"]["value"], 10.0);
  EXPECT_GT(welcomed.json()["discount_amount"].get<double>(), 0.0);

  // A few products carry reviews from (demo) customers who received them.
  const std::string reviewed = database.QueryValue("SELECT id FROM products WHERE sku = 'HOM-001'");
  const json rating = client.Get("/api/products/" + reviewed + "/rating").json();
  EXPECT_EQ(rating["count"], 3);
  EXPECT_EQ(rating["average"], 4.67);
  EXPECT_EQ(database.QueryValue("SELECT count(*) FROM reviews"), "6");
  EXPECT_EQ(database.QueryValue("SELECT count(*) FROM orders o JOIN order_items i ON i.order_id = o.id "
                                "JOIN reviews r ON r.user_id = o.user_id AND r.product_id = i.product_id "
                                "WHERE o.status = 'delivered'"),
            "6");

  ASSERT_EQ(SeedDemo(database, uploads), 0);  // a second run leaves the catalog as it is
  EXPECT_EQ(client.Get("/api/products?size=1&include_inactive=true", admin.auth()).json()["total"], page["total"]);
  EXPECT_EQ(client.Get("/api/categories").json().size(), categories.size());
  EXPECT_EQ(client.Get("/api/admin/discount-codes", admin.auth()).json()["total"], 1);
  EXPECT_EQ(database.QueryValue("SELECT count(*) FROM reviews"), "6");
}

}  // namespace
}  // namespace shop::testing

// Product variants over HTTP against the real database: an admin replaces a product's options and
// variants (kept ids, removed rows, SKUs no one else has, the product's stock their sum), and a
// customer buys one variant: the cart line, checkout taking the variant's stock under a race,
// the order item, and cancelling putting it back.
#include <gtest/gtest.h>

#include <latch>
#include <string>
#include <thread>
#include <vector>

#include "support/accounts.hpp"
#include "support/products.hpp"
#include "support/test_server.hpp"

namespace shop::testing {
namespace {

using nlohmann::json;

const json kShipping = {{"customer_name", "Vera Variant"},       {"customer_email", "vera@example.com"},
                        {"shipping_address", "3 Option Street"}, {"shipping_city", "Choiceville"},
                        {"shipping_postal_code", "33333"},       {"shipping_country", "US"}};

std::string VariantsOf(const TestProduct& product) {
  return "/api/products/" + std::to_string(product.id) + "/variants";
}
std::string AdminVariantsOf(const TestProduct& product) {
  return "/api/admin/products/" + std::to_string(product.id) + "/variants";
}

// Size S/M x Colour Red/Blue, every combination sold, with `stock` each and "<sku>-S-RED"-style SKUs.
json TeeVariants(const TestProduct& product, int stock = 4) {
  json variants = json::array();
  for (const std::string size : {"S", "M"}) {
    for (const std::string colour : {"Red", "Blue"}) {
      variants.push_back({{"options", {size, colour}},
                          {"sku", product.sku + "-" + size + "-" + colour},
                          {"price", nullptr},
                          {"compare_at_price", nullptr},
                          {"stock_quantity", stock}});
    }
  }
  return {{"options", {{{"name", "Size"}, {"values", {"S", "M"}}}, {{"name", "Colour"}, {"values", {"Red", "Blue"}}}}},
          {"variants", variants}};
}

json Replace(const TestProduct& product, const json& body) {
  auto response = Api().Put(AdminVariantsOf(product), body, SharedAdmin().auth());
  EXPECT_EQ(response.status, 200) << response.body;
  return response.json();
}

// The id of the variant titled `title` in a Variants object.
std::int64_t VariantId(const json& variants, const std::string& title) {
  for (const auto& variant : variants["variants"]) {
    if (variant["title"] == title) return variant["id"].get<std::int64_t>();
  }
  ADD_FAILURE() << "no variant " << title;
  return 0;
}

int VariantStock(std::int64_t variant_id) {
  return std::stoi(
      Db().QueryValue("SELECT stock_quantity FROM product_variants WHERE id = " + std::to_string(variant_id)));
}

std::string Loc(const HttpResponse& response) { return response.json()["detail"][0]["loc"].dump(); }

TEST(Variants, AnAdminGivesAProductOptionsAndVariantsAndItsStockBecomesTheirSum) {
  const auto product = CreateProduct(Db(), {.price = "20.00", .stock = 7});
  EXPECT_EQ(Api().Get(VariantsOf(product)).json(), (json{{"options", json::array()}, {"variants", json::array()}}));

  auto body = TeeVariants(product);
  body["variants"][1]["price"] = 22.5;
  body["variants"][1]["compare_at_price"] = 30;
  const auto saved = Replace(product, body);
  ASSERT_EQ(saved["variants"].size(), 4u);
  EXPECT_EQ(saved["options"][1], (json{{"name", "Colour"}, {"values", {"Red", "Blue"}}}));
  EXPECT_EQ(saved["variants"][0]["title"], "S / Red");
  EXPECT_EQ(saved["variants"][0]["price"], 20.0) << "without its own price, the product's";
  EXPECT_EQ(saved["variants"][1]["price"], 22.5);
  EXPECT_EQ(saved["variants"][1]["compare_at_price"], 30.0);
  EXPECT_TRUE(saved["variants"][0]["in_stock"]);
  EXPECT_EQ(Api().Get(VariantsOf(product)).json(), saved);

  const auto shown = Api().Get("/api/products/" + std::to_string(product.id)).json();
  EXPECT_TRUE(shown["has_variants"]);
  EXPECT_EQ(shown["stock_quantity"], 16);

  // The stock is changed per variant: the product's own edit may not set it.
  auto direct = Api().Put("/api/products/" + std::to_string(product.id), {{"stock_quantity", 3}}, SharedAdmin().auth());
  EXPECT_EQ(direct.status, 422) << direct.body;
  EXPECT_EQ(Loc(direct), R"(["body","stock_quantity"])");
  EXPECT_EQ(Api()
                .Put("/api/products/" + std::to_string(product.id), {{"name", "Tee"}, {"stock_quantity", 16}},
                     SharedAdmin().auth())
                .status,
            200);
}

TEST(Variants, AReplacementKeepsTheVariantsItNamesAndRemovesTheOthers) {
  const auto product = CreateProduct(Db());
  const auto first = Replace(product, TeeVariants(product));
  const auto kept = VariantId(first, "M / Blue");
  json body = TeeVariants(product);
  body["variants"] = json::array({first["variants"][3], body["variants"][0]});
  body["variants"][0]["stock_quantity"] = 9;
  body["variants"][1].erase("id");
  const auto second = Replace(product, body);
  ASSERT_EQ(second["variants"].size(), 2u);
  EXPECT_EQ(VariantId(second, "M / Blue"), kept);
  EXPECT_EQ(VariantStock(kept), 9);
  EXPECT_NE(VariantId(second, "S / Red"), VariantId(first, "S / Red")) << "sent without its id: a new variant";
  EXPECT_EQ(StockOf(Db(), product.id), 13);

  // Made plain again, the product keeps its stock and sells as before.
  const auto plain = Replace(product, {{"options", json::array()}, {"variants", json::array()}});
  EXPECT_EQ(plain["variants"].size(), 0u);
  EXPECT_EQ(StockOf(Db(), product.id), 13);
  const auto user = CreateUser(Db());
  EXPECT_EQ(Api().Post("/api/cart", {{"product_id", product.id}}, user.auth()).status, 201);
}

TEST(Variants, BadSetsAreRefusedAtTheFieldThatBreaksARule) {
  const auto product = CreateProduct(Db(), {.stock = 5});
  const auto refused = [&](const json& body, const std::string& loc) {
    auto response = Api().Put(AdminVariantsOf(product), body, SharedAdmin().auth());
    EXPECT_EQ(response.status, 422) << response.body;
    if (response.status == 422) EXPECT_EQ(Loc(response), loc) << response.body;
  };
  auto body = TeeVariants(product);
  body["variants"][1]["options"] = {"S", "Red"};
  refused(body, R"(["body","variants","1","options"])");
  body = TeeVariants(product);
  body["variants"][2]["options"] = {"XL", "Red"};
  refused(body, R"(["body","variants","2","options","0"])");
  body = TeeVariants(product);
  body["variants"][0]["options"] = {"S"};
  refused(body, R"(["body","variants","0","options"])");
  body = TeeVariants(product);
  body["variants"][3]["sku"] = body["variants"][0]["sku"];
  refused(body, R"(["body","variants","3","sku"])");
  body = TeeVariants(product);
  body["options"][1]["name"] = "Size";
  refused(body, R"(["body","options","1","name"])");
  body = TeeVariants(product);
  body["variants"][0]["stock_quantity"] = -1;
  refused(body, R"(["body","variants","0","stock_quantity"])");
  body = TeeVariants(product);
  body["variants"][0]["price"] = "free";
  refused(body, R"(["body","variants","0","price"])");
  refused({{"options", json::array()}, {"variants", TeeVariants(product)["variants"]}}, R"(["body","variants"])");
  refused({{"options", TeeVariants(product)["options"]}, {"variants", json::array()}}, R"(["body","variants"])");
  refused({{"options", json::array({{{"name", "A"}, {"values", {"1"}}},
                                    {{"name", "B"}, {"values", {"1"}}},
                                    {{"name", "C"}, {"values", {"1"}}},
                                    {{"name", "D"}, {"values", {"1"}}}})},
           {"variants", json::array()}},
          R"(["body","options"])");
  refused({{"options", "Size"}, {"variants", json::array()}}, R"(["body","options"])");
  refused({{"variants", json::array()}}, R"(["body","options"])");

  // An id of another product's variant is not this product's to keep.
  const auto other = CreateProduct(Db());
  const auto theirs = Replace(other, TeeVariants(other));
  body = TeeVariants(product);
  body["variants"][0]["id"] = theirs["variants"][0]["id"];
  refused(body, R"(["body","variants"])");

  EXPECT_EQ(StockOf(Db(), product.id), 5) << "nothing changed";
  EXPECT_EQ(Api().Get(VariantsOf(product)).json()["variants"].size(), 0u);
}

TEST(Variants, ASkuAnotherProductOrVariantHasIsAConflictAndOnlyAdminsReplace) {
  const auto product = CreateProduct(Db());
  const auto other = CreateProduct(Db());
  Replace(other, TeeVariants(other));
  auto body = TeeVariants(product);
  body["variants"][0]["sku"] = other.sku + "-S-Red";
  const auto taken = Api().Put(AdminVariantsOf(product), body, SharedAdmin().auth());
  EXPECT_EQ(taken.status, 409);
  EXPECT_NE(taken.json()["detail"].get<std::string>().find("(" + other.sku + "-S-Red)"), std::string::npos)
      << "names the SKU, so the editor can mark its row";
  body["variants"][0]["sku"] = other.sku;
  EXPECT_EQ(Api().Put(AdminVariantsOf(product), body, SharedAdmin().auth()).status, 409);
  // Swapping two SKUs between the product's own variants is fine.
  const auto saved = Replace(product, TeeVariants(product));
  auto swapped = saved;
  swapped["variants"][0]["sku"] = saved["variants"][1]["sku"];
  swapped["variants"][1]["sku"] = saved["variants"][0]["sku"];
  EXPECT_EQ(Replace(product, swapped)["variants"][0]["sku"], saved["variants"][1]["sku"]);

  EXPECT_EQ(Api().Put(AdminVariantsOf(product), TeeVariants(product)).status, 401);
  EXPECT_EQ(Api().Put(AdminVariantsOf(product), TeeVariants(product), CreateUser(Db()).auth()).status, 403);
  EXPECT_EQ(Api().Put("/api/admin/products/999999999/variants", TeeVariants(product), SharedAdmin().auth()).status,
            404);
  EXPECT_EQ(Api().Get("/api/products/999999999/variants").status, 404);
  const auto inactive = CreateProduct(Db(), {.active = false});
  EXPECT_EQ(Api().Get(VariantsOf(inactive)).status, 404);
  EXPECT_EQ(Api().Get(VariantsOf(inactive), SharedAdmin().auth()).status, 200);
}

TEST(VariantCart, AVariantIsChosenForItsLineAndItsStockIsTheLimit) {
  const auto product = CreateProduct(Db(), {.price = "15.00"});
  auto body = TeeVariants(product, 2);
  body["variants"][2]["price"] = 17;
  const auto saved = Replace(product, body);
  const auto m_red = VariantId(saved, "M / Red");
  const auto s_red = VariantId(saved, "S / Red");
  const auto user = CreateUser(Db());

  auto without = Api().Post("/api/cart", {{"product_id", product.id}}, user.auth());
  EXPECT_EQ(without.status, 422) << without.body;
  EXPECT_EQ(without.json()["detail"][0]["type"], "variant_required");
  const auto other = CreateProduct(Db());
  const auto theirs = Replace(other, TeeVariants(other));
  auto wrong =
      Api().Post("/api/cart", {{"product_id", product.id}, {"variant_id", theirs["variants"][0]["id"]}}, user.auth());
  EXPECT_EQ(wrong.status, 422) << wrong.body;
  EXPECT_EQ(wrong.json()["detail"][0]["type"], "variant_invalid");

  auto added =
      Api().Post("/api/cart", {{"product_id", product.id}, {"variant_id", m_red}, {"quantity", 2}}, user.auth());
  ASSERT_EQ(added.status, 201) << added.body;
  const auto line = added.json()["items"][0];
  EXPECT_EQ(line["variant_id"], m_red);
  EXPECT_EQ(line["variant"]["title"], "M / Red");
  EXPECT_EQ(line["variant"]["options"][0], (json{{"name", "Size"}, {"value", "M"}}));
  EXPECT_EQ(line["product"]["price"], 17.0);
  EXPECT_EQ(line["product"]["stock_quantity"], 2);
  EXPECT_EQ(added.json()["subtotal"], 34.0);

  auto more = Api().Post("/api/cart", {{"product_id", product.id}, {"variant_id", m_red}}, user.auth());
  EXPECT_EQ(more.status, 400) << "the variant holds 2: " << more.body;
  EXPECT_NE(more.json()["detail"].get<std::string>().find("(M / Red)"), std::string::npos) << more.body;
  auto second = Api().Post("/api/cart", {{"product_id", product.id}, {"variant_id", s_red}}, user.auth());
  ASSERT_EQ(second.status, 201);
  EXPECT_EQ(second.json()["items"].size(), 2u) << "two variants, two lines";
  const auto s_line = second.json()["items"][1]["id"].get<std::int64_t>();
  EXPECT_EQ(Api().Put("/api/cart/" + std::to_string(s_line), {{"quantity", 3}}, user.auth()).status, 400);
  EXPECT_EQ(Api().Put("/api/cart/" + std::to_string(s_line), {{"quantity", 2}}, user.auth()).status, 200);

  // A removed variant leaves the cart with its line.
  auto kept = saved;
  kept["variants"].erase(kept["variants"].begin());  // S / Red
  Replace(product, kept);
  const auto cart = Api().Get("/api/cart", user.auth()).json();
  ASSERT_EQ(cart["items"].size(), 1u);
  EXPECT_EQ(cart["items"][0]["variant_id"], m_red);
}

TEST(VariantCart, AMergeKeepsVariantsApartAndSkipsWhatIsNotSold) {
  const auto product = CreateProduct(Db());
  const auto saved = Replace(product, TeeVariants(product, 3));
  const auto s_blue = VariantId(saved, "S / Blue");
  const auto user = CreateUser(Db());
  auto merged =
      Api().Post("/api/cart/merge",
                 {{"items",
                   {{{"product_id", product.id}, {"variant_id", s_blue}, {"quantity", 5}},
                    {{"product_id", product.id}, {"quantity", 1}},
                    {{"product_id", product.id}, {"variant_id", VariantId(saved, "M / Red")}, {"quantity", 1}}}}},
                 user.auth());
  ASSERT_EQ(merged.status, 200) << merged.body;
  EXPECT_EQ(merged.json()["items"].size(), 2u);
  EXPECT_EQ(
      merged.json()["adjustments"],
      (json{
          {{"product_id", product.id}, {"quantity", 3}, {"reason", "capped"}, {"requested", 5}, {"variant_id", s_blue}},
          {{"product_id", product.id}, {"reason", "unavailable"}, {"requested", 1}}}));
  auto bad = Api().Post("/api/cart/merge",
                        {{"items", {{{"product_id", product.id}, {"variant_id", "x"}, {"quantity", 1}}}}}, user.auth());
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(Loc(bad), R"(["body","items","0","variant_id"])");
}

TEST(VariantCheckout, TheOrderKeepsTheVariantAndCancellingPutsItsStockBack) {
  const auto product = CreateProduct(Db(), {.price = "12.00"});
  const auto saved = Replace(product, TeeVariants(product, 3));
  const auto m_blue = VariantId(saved, "M / Blue");
  const auto user = CreateUser(Db());
  ASSERT_EQ(Api()
                .Post("/api/cart", {{"product_id", product.id}, {"variant_id", m_blue}, {"quantity", 2}}, user.auth())
                .status,
            201);
  auto placed = Api().Post("/api/orders", kShipping, user.auth());
  ASSERT_EQ(placed.status, 201) << placed.body;
  const auto item = placed.json()["items"][0];
  EXPECT_EQ(item["variant_id"], m_blue);
  EXPECT_EQ(item["variant_title"], "M / Blue");
  EXPECT_EQ(item["product_sku"], product.sku + "-M-Blue");
  EXPECT_EQ(item["price"], 12.0);
  EXPECT_EQ(VariantStock(m_blue), 1);
  EXPECT_EQ(StockOf(Db(), product.id), 10);

  const auto csv = Api().Get("/api/admin/orders/export.csv", SharedAdmin().auth()).body;
  EXPECT_NE(csv.find("," + product.sku + "-M-Blue,2,12.00,24.00,M / Blue,,0.00,24.00\r\n"), std::string::npos)
      << "the order's only line carries its discount and total";

  const auto order_id = std::to_string(placed.json()["id"].get<std::int64_t>());
  ASSERT_EQ(Api().Post("/api/orders/" + order_id + "/cancel", json::object(), user.auth()).status, 200);
  EXPECT_EQ(VariantStock(m_blue), 3);
  EXPECT_EQ(StockOf(Db(), product.id), 12);
  EXPECT_EQ(Api().Get(VariantsOf(product)).json()["variants"][3]["stock_quantity"], 3) << "not served stale";
}

TEST(Variants, ProductsAndVariantsShareOneSkuSpace) {
  const auto with_variants = CreateProduct(Db());
  const auto other = CreateProduct(Db());
  const std::string taken = Replace(with_variants, TeeVariants(with_variants))["variants"][0]["sku"];
  const json product = {{"name", "Sku Clash " + other.sku}, {"sku", taken}, {"price", 5.0}, {"stock_quantity", 1}};
  const auto created = Api().Post("/api/products", product, SharedAdmin().auth());
  EXPECT_EQ(created.status, 409);
  EXPECT_EQ(created.json()["detail"], "A variant of another product already has this SKU");
  const auto path = "/api/products/" + std::to_string(other.id);
  EXPECT_EQ(Api().Put(path, {{"sku", taken}}, SharedAdmin().auth()).status, 409);
  EXPECT_EQ(
      Api().Put("/api/products/" + std::to_string(with_variants.id), {{"sku", taken}}, SharedAdmin().auth()).status,
      200)
      << "a product may share a SKU with its own variant";
}

// A product saved with a SKU while another product's variants are saved with the same one: one
// save wins, the other is a 409, never both (the check before each write alone would let both in).
TEST(Variants, ASkuSavedAtOnceAsAProductAndAsAVariantIsTakenOnce) {
  constexpr int kRounds = 12;
  for (int round = 0; round < kRounds; ++round) {
    const auto product = CreateProduct(Db());
    const std::string sku = product.sku + "-RACE";
    auto variants = TeeVariants(product);
    variants["variants"][0]["sku"] = sku;
    const json rival = {{"name", "Sku Rival " + sku}, {"sku", sku}, {"price", 5.0}, {"stock_quantity", 1}};
    long as_variant = 0;
    long as_product = 0;
    std::latch start(2);
    std::thread variant_save([&] {
      start.arrive_and_wait();
      as_variant = Api().Put(AdminVariantsOf(product), variants, SharedAdmin().auth()).status;
    });
    std::thread product_save([&] {
      start.arrive_and_wait();
      as_product = Api().Post("/api/products", rival, SharedAdmin().auth()).status;
    });
    variant_save.join();
    product_save.join();
    EXPECT_EQ((as_variant == 200) + (as_product == 201), 1)
        << "round " << round << ": " << as_variant << ", " << as_product;
    EXPECT_EQ((as_variant == 409) + (as_product == 409), 1) << "round " << round;
    EXPECT_EQ(Db().QueryValue("SELECT (SELECT count(*) FROM products WHERE sku = '" + sku +
                              "') + (SELECT count(*) FROM product_variants WHERE sku = '" + sku + "')"),
              "1");
  }
}

// Two products' variants saved at once, each taking the other's two SKUs in the opposite order:
// one save wins and the other is a 409 naming a SKU, never a deadlock (a 500 or 503).
TEST(Variants, TwoSavesTakingEachOthersSkusInOppositeOrdersDoNotDeadlock) {
  constexpr int kRounds = 10;
  for (int round = 0; round < kRounds; ++round) {
    const auto first = CreateProduct(Db());
    const auto second = CreateProduct(Db());
    const std::string x = first.sku + "-X";
    const std::string y = first.sku + "-Y";
    auto forward = TeeVariants(first);
    forward["variants"][0]["sku"] = x;
    forward["variants"][3]["sku"] = y;
    auto backward = TeeVariants(second);
    backward["variants"][0]["sku"] = y;
    backward["variants"][3]["sku"] = x;
    long statuses[2] = {0, 0};
    std::latch start(2);
    std::thread one([&] {
      start.arrive_and_wait();
      statuses[0] = Api().Put(AdminVariantsOf(first), forward, SharedAdmin().auth()).status;
    });
    std::thread two([&] {
      start.arrive_and_wait();
      statuses[1] = Api().Put(AdminVariantsOf(second), backward, SharedAdmin().auth()).status;
    });
    one.join();
    two.join();
    EXPECT_EQ((statuses[0] == 200) + (statuses[1] == 200), 1)
        << "round " << round << ": " << statuses[0] << ", " << statuses[1];
    EXPECT_EQ((statuses[0] == 409) + (statuses[1] == 409), 1) << "round " << round;
  }
}

TEST(VariantCheckout, ThirtyBuyersOfAVariantOfThreeMakeThreeOrdersAndTheProductSumHolds) {
  constexpr int kBuyers = 30;
  const auto product = CreateProduct(Db());
  auto body = TeeVariants(product, 10);
  body["variants"][0]["stock_quantity"] = 3;
  const auto saved = Replace(product, body);
  const auto scarce = VariantId(saved, "S / Red");
  const auto plenty = VariantId(saved, "S / Blue");
  std::vector<TestUser> buyers;
  for (int i = 0; i < kBuyers; ++i) {
    buyers.push_back(CreateUser(Db()));
    // Half also take a plentiful variant of the same product, first or second in their cart.
    const bool both = i % 2 == 0;
    if (both && i % 4 == 0)
      Api().Post("/api/cart", {{"product_id", product.id}, {"variant_id", plenty}}, buyers[i].auth());
    ASSERT_EQ(Api().Post("/api/cart", {{"product_id", product.id}, {"variant_id", scarce}}, buyers[i].auth()).status,
              201);
    if (both && i % 4 != 0)
      Api().Post("/api/cart", {{"product_id", product.id}, {"variant_id", plenty}}, buyers[i].auth());
  }
  std::vector<long> statuses(kBuyers);
  std::latch start(kBuyers);
  std::vector<std::thread> threads;
  for (int i = 0; i < kBuyers; ++i) {
    threads.emplace_back([&, i] {
      start.arrive_and_wait();
      statuses[i] = Api().Post("/api/orders", kShipping, buyers[i].auth()).status;
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(std::count(statuses.begin(), statuses.end(), 201), 3);
  EXPECT_EQ(std::count(statuses.begin(), statuses.end(), 409), kBuyers - 3) << "no 500 or deadlock";
  EXPECT_EQ(VariantStock(scarce), 0);
  const auto sold = [&](std::int64_t variant) {
    return std::stoi(Db().QueryValue("SELECT coalesce(sum(quantity), 0) FROM order_items WHERE variant_id = " +
                                     std::to_string(variant)));
  };
  EXPECT_EQ(sold(scarce), 3);
  EXPECT_EQ(VariantStock(plenty) + sold(plenty), 10);
  EXPECT_EQ(Db().QueryValue("SELECT sum(stock_quantity) FROM product_variants WHERE product_id = " +
                            std::to_string(product.id)),
            std::to_string(StockOf(Db(), product.id)))
      << "the product's stock is its variants' sum";
}

TEST(VariantStockAlerts, ACustomerWaitsForOneVariantAndIsMailedOnceWhenItIsBack) {
  const auto product = CreateProduct(Db());
  auto body = TeeVariants(product, 5);
  body["variants"][0]["stock_quantity"] = 0;
  const auto saved = Replace(product, body);
  const auto s_red = std::to_string(VariantId(saved, "S / Red"));
  const auto s_blue = std::to_string(VariantId(saved, "S / Blue"));
  const auto user = CreateUser(Db());
  const std::string alert = "/api/products/" + std::to_string(product.id) + "/stock-alert";

  auto without = Api().Post(alert, json::object(), user.auth());
  EXPECT_EQ(without.status, 422) << without.body;
  EXPECT_EQ(Loc(without), R"(["query","variant_id"])");
  EXPECT_EQ(Api().Post(alert + "?variant_id=" + s_blue, json::object(), user.auth()).status, 409) << "in stock";
  EXPECT_EQ(Api().Post(alert + "?variant_id=999999999", json::object(), user.auth()).status, 422);
  EXPECT_EQ(Api().Post(alert + "?variant_id=" + s_red, json::object(), user.auth()).status, 201);
  EXPECT_EQ(Api().Post(alert + "?variant_id=" + s_red, json::object(), user.auth()).status, 200);
  EXPECT_TRUE(Api().Get(alert + "?variant_id=" + s_red, user.auth()).json()["subscribed"]);
  EXPECT_FALSE(Api().Get(alert + "?variant_id=" + s_blue, user.auth()).json()["subscribed"]);

  const auto waiting = Api().Get("/api/admin/stock-alerts?size=100", SharedAdmin().auth()).json();
  bool listed = false;
  for (const auto& row : waiting["items"]) {
    if (row["product_id"] == product.id) {
      listed = true;
      EXPECT_EQ(row["variant_title"], "S / Red");
      EXPECT_EQ(row["waiting"], 1);
      EXPECT_EQ(row["stock_quantity"], 0);
    }
  }
  EXPECT_TRUE(listed);

  const auto mails = [&] {
    return Db().QueryValue("SELECT count(*) FROM email_outbox WHERE kind = 'back_in_stock' AND to_address = '" +
                           user.email + "' AND subject LIKE '%(S / Red)%'");
  };
  auto other_back = saved;
  other_back["variants"][2]["stock_quantity"] = 9;  // M / Red, never sold out: no mail
  Replace(product, other_back);
  EXPECT_EQ(mails(), "0");
  auto back = other_back;
  back["variants"][0]["stock_quantity"] = 2;
  Replace(product, back);
  EXPECT_EQ(mails(), "1");
  EXPECT_FALSE(Api().Get(alert + "?variant_id=" + s_red, user.auth()).json()["subscribed"]) << "the alert ended";
  Replace(product, back);
  EXPECT_EQ(mails(), "1");
}

TEST(VariantStats, LowStockCountsEachVariantNotItsProduct) {
  const auto count = [] { return Api().Get("/api/admin/stats", SharedAdmin().auth()).json()["low_stock_products"]; };
  const auto before = count().get<int>();
  const auto product = CreateProduct(Db(), {.stock = 50});
  auto body = TeeVariants(product, 20);
  body["variants"][0]["stock_quantity"] = 1;
  body["variants"][1]["stock_quantity"] = 0;
  Replace(product, body);
  EXPECT_EQ(count(), before + 2) << "two variants low, the product's sum (41) is not";
}

}  // namespace
}  // namespace shop::testing

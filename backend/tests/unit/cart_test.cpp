#include "cart/cart.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cart/cart_service.hpp"

namespace shop::cart {
namespace {

CartItem Item(std::int64_t product_id, std::int64_t cents, std::int64_t quantity) {
  CartItem item;
  item.id = product_id * 10;
  item.product_id = product_id;
  item.quantity = quantity;
  item.created_at = "2026-11-25T10:00:00Z";
  item.product =
      CartProduct{product_id, "P" + std::to_string(product_id), "p", Money::FromCents(cents), std::nullopt, 100};
  return item;
}

TEST(CartArithmetic, EmptyCartHasNoItemsAndZeroSubtotal) {
  Cart cart;
  EXPECT_EQ(cart.total_items(), 0);
  EXPECT_EQ(cart.subtotal(), Money());
  EXPECT_EQ(CartJson(cart),
            R"({"discount":null,"discount_amount":0.0,"items":[],"subtotal":0.0,"total":0.0,"total_items":0})");
}

TEST(CartArithmetic, LineTotalsAndSubtotalAreExactCents) {
  Cart cart;
  cart.items = {Item(1, 10, 3), Item(2, 20, 1), Item(3, 123456789, 3)};
  EXPECT_EQ(cart.items[0].line_total().cents(), 30);
  EXPECT_EQ(cart.total_items(), 7);
  EXPECT_EQ(cart.subtotal().cents(), 30 + 20 + 370370367);
  const auto json = nlohmann::json::parse(CartJson(cart));
  EXPECT_EQ(json["items"][0]["line_total"].dump(), "0.3");
  EXPECT_EQ(json["subtotal"].dump(), "3703704.17");
  EXPECT_EQ(json["items"][2]["product"]["price"].dump(), "1234567.89");
  EXPECT_EQ(json["items"][0]["product"]["image_url"], nullptr);
}

TEST(CartMergePlan, QuantitiesAddUpWithTheStoredCart) {
  auto plan = PlanMerge({{1, 2}}, {{{1}, 3}}, {{{1}, 10}});
  EXPECT_EQ(plan.lines, (std::vector<Line>{{1, 5}}));
  EXPECT_TRUE(plan.adjustments.empty());
}

TEST(CartMergePlan, LinesAreCappedAtTheStock) {
  auto plan = PlanMerge({{1, 4}}, {{{1}, 2}}, {{{1}, 5}});
  EXPECT_EQ(plan.lines, (std::vector<Line>{{1, 5}}));
  EXPECT_EQ(plan.adjustments, (std::vector<Adjustment>{{1, 6, 5, Adjustment::Reason::kCapped}}));
}

TEST(CartMergePlan, RepeatedProductsAreOneLine) {
  auto plan = PlanMerge({{7, 1}, {8, 1}, {7, 2}}, {}, {{{7}, 10}, {{8}, 10}});
  EXPECT_EQ(plan.lines, (std::vector<Line>{{7, 3}, {8, 1}}));
}

TEST(CartMergePlan, UnknownInactiveAndSoldOutProductsAreLeftOut) {
  auto plan = PlanMerge({{1, 1}, {2, 2}, {3, 1}}, {{{2}, 1}}, {{{2}, 0}, {{3}, 4}});
  EXPECT_EQ(plan.lines, (std::vector<Line>{{3, 1}}));
  EXPECT_EQ(plan.adjustments, (std::vector<Adjustment>{{1, 1, std::nullopt, Adjustment::Reason::kUnavailable},
                                                       {2, 2, std::nullopt, Adjustment::Reason::kUnavailable}}));
}

TEST(CartMergePlan, AStoredLineAlreadyAtTheStockIsNotWritten) {
  auto plan = PlanMerge({{1, 3}}, {{{1}, 5}}, {{{1}, 5}});
  EXPECT_TRUE(plan.lines.empty());
  EXPECT_EQ(plan.adjustments, (std::vector<Adjustment>{{1, 8, 5, Adjustment::Reason::kCapped}}));
}

TEST(CartMergePlan, AStoredLineAboveANewLowerStockIsCappedToo) {
  auto plan = PlanMerge({{1, 1}}, {{{1}, 6}}, {{{1}, 4}});
  EXPECT_EQ(plan.lines, (std::vector<Line>{{1, 4}}));
  EXPECT_EQ(plan.adjustments, (std::vector<Adjustment>{{1, 7, 4, Adjustment::Reason::kCapped}}));
}

TEST(CartMergePlan, VariantsOfOneProductAreLinesOfTheirOwn) {
  const Sellable small{5, 51};
  const Sellable large{5, 52};
  auto plan = PlanMerge({{5, 2, 51}, {5, 1, 52}, {5, 1, 51}, {5, 1}}, {{large, 1}}, {{small, 10}, {large, 1}});
  EXPECT_EQ(plan.lines, (std::vector<Line>{{5, 3, 51}}));
  EXPECT_EQ(plan.adjustments,
            (std::vector<Adjustment>{{5, 2, 1, Adjustment::Reason::kCapped, 52},
                                     {5, 1, std::nullopt, Adjustment::Reason::kUnavailable, std::nullopt}}));
}

TEST(CartJson, IsTheCartObjectOfTheApiByteForByte) {
  Cart cart;
  cart.items = {Item(1, 1999, 2), Item(2, 500, 1)};
  cart.items[1].product.image_url = "/uploads/a \"b\".png";
  nlohmann::json items = nlohmann::json::array();
  for (const auto& item : cart.items) {
    const auto& product = item.product;
    items.push_back({{"id", item.id},
                     {"product_id", item.product_id},
                     {"quantity", item.quantity},
                     {"line_total", item.line_total().ToDouble()},
                     {"product",
                      {{"id", product.id},
                       {"name", product.name},
                       {"slug", product.slug},
                       {"price", product.price.ToDouble()},
                       {"image_url", product.image_url ? nlohmann::json(*product.image_url) : nullptr},
                       {"stock_quantity", product.stock_quantity}}},
                     {"created_at", item.created_at},
                     {"variant", nullptr},
                     {"variant_id", nullptr}});
  }
  const nlohmann::json expected = {{"items", items},      {"total_items", 3},       {"subtotal", 44.98},
                                   {"discount", nullptr}, {"discount_amount", 0.0}, {"total", 44.98}};
  EXPECT_EQ(CartJson(cart), expected.dump());
}

TEST(CartJson, AVariantLineNamesItsVariantAndTheValueOfEachOption) {
  Cart cart;
  cart.items = {Item(1, 1500, 1)};
  cart.items[0].variant = CartVariant{42, "TEE-M-RED", {{"Size", "M"}, {"Colour", "Red"}}};
  const auto json = nlohmann::json::parse(CartJson(cart));
  EXPECT_EQ(json["items"][0]["variant_id"], 42);
  EXPECT_EQ(
      json["items"][0]["variant"],
      (nlohmann::json{{"id", 42},
                      {"sku", "TEE-M-RED"},
                      {"title", "M / Red"},
                      {"options", {{{"name", "Size"}, {"value", "M"}}, {{"name", "Colour"}, {"value", "Red"}}}}}));
}

TEST(CartJson, AMergeAnswerAddsTheAdjustmentsInTheDocumentedShape) {
  Cart cart;
  cart.items = {Item(1, 250, 4)};
  const auto json = nlohmann::json::parse(MergedCartJson(
      cart, {{1, 5, 4, Adjustment::Reason::kCapped}, {9, 2, std::nullopt, Adjustment::Reason::kUnavailable}}));
  EXPECT_EQ(json["adjustments"],
            (nlohmann::json{{{"product_id", 1}, {"requested", 5}, {"quantity", 4}, {"reason", "capped"}},
                            {{"product_id", 9}, {"requested", 2}, {"reason", "unavailable"}}}));
  EXPECT_EQ(json["total_items"], 4);
  EXPECT_EQ(json["subtotal"].dump(), "10.0");
  EXPECT_EQ(json["items"].size(), 1u);
}

}  // namespace
}  // namespace shop::cart

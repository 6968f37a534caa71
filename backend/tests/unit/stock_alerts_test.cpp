// The back-in-stock email and a saved product's JSON.
#include "stock_alerts/stock_alerts.hpp"

#include <gtest/gtest.h>

#include "wishlist/wishlist.hpp"

namespace shop {
namespace {

TEST(BackInStockEmail, NamesTheProductAndLinksToItsPage) {
  const auto message = stock_alerts::BackInStockEmail(
      {"ada@example.com", "Ada", "Fig & Cedar Candle", "fig-cedar-candle"}, "https://shop.example");
  EXPECT_EQ(message.kind, "back_in_stock");
  EXPECT_EQ(message.to, "ada@example.com");
  EXPECT_EQ(message.subject, "Fig & Cedar Candle is back in stock | Harbor Goods");
  EXPECT_NE(message.text_body.find("Hello Ada"), std::string::npos);
  EXPECT_NE(message.text_body.find("https://shop.example/products/fig-cedar-candle"), std::string::npos);
  EXPECT_NE(message.html_body.find("Fig &amp; Cedar Candle"), std::string::npos) << "escaped in the HTML part";
}

TEST(WishlistJson, ShowsTheSavedProductWithNullsForWhatItLacks) {
  wishlist::WishlistItem item;
  item.product_id = 7;
  item.created_at = "2026-12-07T10:00:00Z";
  item.product = {7, "Mug", "mug", Money::FromCents(1250), std::nullopt, std::nullopt, 0, false};
  EXPECT_EQ(wishlist::ToJson(item), nlohmann::json::parse(R"({"product_id":7,"created_at":"2026-12-07T10:00:00Z",
    "product":{"id":7,"name":"Mug","slug":"mug","price":12.5,"compare_at_price":null,"image_url":null,
    "stock_quantity":0,"is_active":false,"has_variants":false}})"));
}

}  // namespace
}  // namespace shop

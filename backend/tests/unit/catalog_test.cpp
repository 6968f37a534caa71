// The catalog's pure rules: slugs, search words, image sniffing and the demo pictures.
#include <gtest/gtest.h>

#include <string>

#include "catalog/catalog_service.hpp"
#include "catalog/demo_images.hpp"
#include "catalog/images.hpp"

namespace shop::catalog {
namespace {

Product SampleProduct() {
  Product product;
  product.id = 7;
  product.name = "Crème \"Deluxe\"";
  product.slug = "creme-deluxe";
  product.description = "Line one\nline two";
  product.price = Money::FromCents(1999);
  product.compare_at_price = Money::FromCents(2500);
  product.cost_per_item = Money::FromCents(800);
  product.stock_quantity = 12;
  product.sku = "SKU-7";
  product.images = {"/uploads/a.png", "/uploads/b.png"};
  product.is_featured = true;
  product.category = CategoryRef{3, "Kitchen", "kitchen"};
  product.created_at = "2026-11-25T10:00:00Z";
  product.updated_at = "2026-11-25T11:00:00Z";
  return product;
}

TEST(ProductJson, HasTheDocumentedMembersAndCostsOnlyForAdmins) {
  const Product product = SampleProduct();
  nlohmann::json expected = {{"id", 7},
                             {"name", product.name},
                             {"slug", "creme-deluxe"},
                             {"description", product.description},
                             {"price", 19.99},
                             {"compare_at_price", 25.0},
                             {"stock_quantity", 12},
                             {"sku", "SKU-7"},
                             {"image_url", nullptr},
                             {"images", {"/uploads/a.png", "/uploads/b.png"}},
                             {"is_active", true},
                             {"is_featured", true},
                             {"category_id", 3},
                             {"category", {{"id", 3}, {"name", "Kitchen"}, {"slug", "kitchen"}}},
                             {"created_at", "2026-11-25T10:00:00Z"},
                             {"updated_at", "2026-11-25T11:00:00Z"}};
  EXPECT_EQ(ToJson(product, Audience::kPublic).dump(), expected.dump());
  expected["cost_per_item"] = 8.0;
  EXPECT_EQ(ToJson(product, Audience::kAdmin).dump(), expected.dump());
}

TEST(ProductJson, AProductWithoutCategoryOrPricesShowsNulls) {
  Product product = SampleProduct();
  product.category.reset();
  product.compare_at_price.reset();
  product.cost_per_item.reset();
  product.image_url = "/uploads/a.png";
  const auto json = ToJson(product, Audience::kAdmin);
  EXPECT_EQ(json["category"], nullptr);
  EXPECT_EQ(json["category_id"], nullptr);
  EXPECT_EQ(json["compare_at_price"], nullptr);
  EXPECT_EQ(json["cost_per_item"], nullptr);
  EXPECT_EQ(json["image_url"], "/uploads/a.png");
  EXPECT_EQ(json.size(), 17u);
}

TEST(Slugify, LowerCasesAndJoinsWordsWithHyphens) {
  EXPECT_EQ(Slugify("Blue Shirt"), "blue-shirt");
  EXPECT_EQ(Slugify("  Home & Kitchen  "), "home-kitchen");
  EXPECT_EQ(Slugify("27-inch 4K Monitor"), "27-inch-4k-monitor");
  EXPECT_EQ(Slugify("Stoneware Plates, Set of 4"), "stoneware-plates-set-of-4");
  EXPECT_EQ(Slugify("--Already--hyphenated--"), "already-hyphenated");
}

TEST(Slugify, DropsApostrophes) {
  EXPECT_EQ(Slugify("Chef's Knife"), "chefs-knife");
  EXPECT_EQ(Slugify("Kids\xE2\x80\x99 Sneakers"), "kids-sneakers");
}

TEST(Slugify, TransliteratesLatinLettersAndDropsOtherScripts) {
  EXPECT_EQ(Slugify("Crème Brûlée"), "creme-brulee");
  EXPECT_EQ(Slugify("Straße Ærø Łódź"), "strasse-aero-lodz");
  EXPECT_EQ(Slugify("日本 Tea"), "tea");
  EXPECT_EQ(Slugify("日本"), "");
  EXPECT_EQ(Slugify("\xFF\xFE broken utf8"), "broken-utf8");
}

TEST(Slugify, LimitsTheLengthAtAWordBoundary) {
  const std::string slug = Slugify(std::string(50, 'a') + " " + std::string(50, 'b'));
  EXPECT_EQ(slug, std::string(50, 'a'));
  EXPECT_LE(Slugify(std::string(200, 'x')).size(), 80u);
}

TEST(Slugify, ResultIsAlwaysAValidSlug) {
  for (const char* name : {"Blue Shirt", "Crème Brûlée!", "a  -  b", "A&B", "x_y.z", "Ünïcödé 123"}) {
    EXPECT_TRUE(IsValidSlug(Slugify(name))) << name;
  }
}

TEST(IsValidSlug, AcceptsOnlyLowerCaseWordsWithSingleHyphens) {
  EXPECT_TRUE(IsValidSlug("blue-shirt-2"));
  EXPECT_FALSE(IsValidSlug("Blue-Shirt"));
  EXPECT_FALSE(IsValidSlug("blue--shirt"));
  EXPECT_FALSE(IsValidSlug("-blue"));
  EXPECT_FALSE(IsValidSlug("blue shirt"));
  EXPECT_FALSE(IsValidSlug(""));
}

TEST(NextFreeSlug, NumbersFromTwoWhenTheBaseIsTaken) {
  EXPECT_EQ(NextFreeSlug("blue-shirt", {}), "blue-shirt");
  EXPECT_EQ(NextFreeSlug("blue-shirt", {"blue-shirt"}), "blue-shirt-2");
  EXPECT_EQ(NextFreeSlug("blue-shirt", {"blue-shirt", "blue-shirt-2", "blue-shirt-3"}), "blue-shirt-4");
  EXPECT_EQ(NextFreeSlug("blue-shirt", {"blue-shirt", "blue-shirt-3", "blue-shirts"}), "blue-shirt-2");
}

TEST(FuzzyWords, KeepsLongerWordsLowerCasedOnce) {
  EXPECT_EQ(FuzzyWords("Runing SHOES for kids"), (std::vector<std::string>{"runing", "shoes", "kids"}));
  EXPECT_EQ(FuzzyWords("keybord keybord"), (std::vector<std::string>{"keybord"}));
  EXPECT_TRUE(FuzzyWords("a to be").empty());
  EXPECT_EQ(FuzzyWords("one1 two2 thr3 fou4 fiv5 six6 sev7").size(), 6u);
}

TEST(SniffImageType, RecognisesImagesByTheirMagicBytes) {
  EXPECT_EQ(SniffImageType(std::string("\xFF\xD8\xFF\xE0rest", 8)), ImageType::kJpeg);
  EXPECT_EQ(SniffImageType(std::string("\x89PNG\r\n\x1A\n\0\0", 10)), ImageType::kPng);
  EXPECT_EQ(SniffImageType("GIF89a...."), ImageType::kGif);
  EXPECT_EQ(SniffImageType("GIF87a...."), ImageType::kGif);
  EXPECT_EQ(SniffImageType("RIFF\x10\0\0\0WEBPVP8 "), std::nullopt);  // NUL ends the literal: too short
  EXPECT_EQ(SniffImageType(std::string("RIFF\x10\0\0\0WEBPVP8 ", 16)), ImageType::kWebp);
}

TEST(SniffImageType, RejectsEverythingElse) {
  EXPECT_EQ(SniffImageType("just some text pretending to be a .png"), std::nullopt);
  EXPECT_EQ(SniffImageType(""), std::nullopt);
  EXPECT_EQ(SniffImageType("\x89PN"), std::nullopt);
  EXPECT_EQ(SniffImageType(std::string("RIFF\x10\0\0\0WAVEfmt ", 16)), std::nullopt);
  EXPECT_EQ(SniffImageType("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"), std::nullopt);
  EXPECT_EQ(ExtensionOf(ImageType::kJpeg), ".jpg");
  EXPECT_EQ(ExtensionOf(ImageType::kWebp), ".webp");
}

TEST(DemoImageSvg, IsAnEscapedSquareSvgWithTheName) {
  const std::string svg =
      DemoImageSvg("Fig & Cedar <Parfum>", "Beauty", {"#111111", "#222222", "#333333"}, DemoIcon::kBottle);
  EXPECT_TRUE(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"800\" height=\"800\""));
  EXPECT_NE(svg.find("Fig &amp; Cedar"), std::string::npos);
  EXPECT_NE(svg.find("&lt;Parfum&gt;"), std::string::npos);
  EXPECT_EQ(svg.find("<Parfum>"), std::string::npos);
  EXPECT_NE(svg.find("BEAUTY"), std::string::npos);
  EXPECT_NE(svg.find("#111111"), std::string::npos);
}

}  // namespace
}  // namespace shop::catalog

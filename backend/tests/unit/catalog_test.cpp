// The catalog's pure rules: products as JSON and image sniffing.
#include <gtest/gtest.h>

#include <string>

#include "catalog/catalog_service.hpp"
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
  product.category_id = 3;
  product.category = CategoryRef{"Kitchen", "kitchen"};
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
                             {"updated_at", "2026-11-25T11:00:00Z"},
                             {"has_variants", false}};
  EXPECT_EQ(ToJson(product, Audience::kPublic).dump(), expected.dump());
  expected["cost_per_item"] = 8.0;
  EXPECT_EQ(ToJson(product, Audience::kAdmin).dump(), expected.dump());
}

TEST(ProductJson, AProductWithoutCategoryOrPricesShowsNulls) {
  Product product = SampleProduct();
  product.category_id.reset();
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
  EXPECT_EQ(json.size(), 18u);
}

TEST(MergedProduct, AnUpdateChangesOnlyWhatItGivesAndANullClears) {
  const Product current = SampleProduct();
  ProductInput input;
  input.price = Money::FromCents(1500);
  input.compare_at_price.Set(std::nullopt);
  input.category_id.Set(9);
  input.is_active = false;
  const ProductFields merged = Merged(current, input);
  EXPECT_EQ(merged.price, Money::FromCents(1500));
  EXPECT_FALSE(merged.compare_at_price);
  EXPECT_EQ(merged.category_id, 9);
  EXPECT_FALSE(merged.is_active);
  EXPECT_EQ(merged.name, current.name);
  EXPECT_EQ(merged.cost_per_item, current.cost_per_item);
  EXPECT_EQ(merged.images, current.images);
  EXPECT_EQ(merged.is_featured, current.is_featured);
}

TEST(MergedProduct, ANewProductTakesTheDefaultsForWhatIsNotGiven) {
  ProductInput input;
  input.name = "Mug";
  input.price = Money::FromCents(900);
  input.sku = "MUG-1";
  input.stock_quantity = 4;
  const ProductFields fields = Merged(ProductFields{}, input);
  EXPECT_EQ(fields.name, "Mug");
  EXPECT_EQ(fields.stock_quantity, 4);
  EXPECT_TRUE(fields.is_active);
  EXPECT_FALSE(fields.is_featured);
  EXPECT_FALSE(fields.category_id);
  EXPECT_TRUE(fields.images.empty());
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

}  // namespace
}  // namespace shop::catalog

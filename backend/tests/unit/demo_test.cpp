// The demo shop's pictures, drawn by the project itself.
#include <gtest/gtest.h>

#include <string>

#include "demo/demo_images.hpp"

namespace shop::demo {
namespace {

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
}  // namespace shop::demo

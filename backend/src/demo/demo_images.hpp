// The demo shop's pictures, drawn as SVG by the project itself (the demo runs without a network):
// a gradient in the category's colours, a flat icon for the category and the product's name.
#pragma once

#include <string>
#include <string_view>

namespace shop::demo {

enum class DemoIcon { kShirt, kShoe, kHeadphones, kMug, kBook, kMountain, kDice, kBottle };

struct DemoPalette {
  std::string_view from;    // gradient start, top left
  std::string_view to;      // gradient end, bottom right
  std::string_view accent;  // details of the icon
};

// An 800×800 SVG picture titled `title` (XML-escaped here), with `label` in small capitals above
// it. `variant` 1 mirrors the gradient, for a product's second picture.
std::string DemoImageSvg(std::string_view title, std::string_view label, const DemoPalette& palette, DemoIcon icon,
                         int variant = 0);

}  // namespace shop::demo

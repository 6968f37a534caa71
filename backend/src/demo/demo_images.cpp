#include "demo/demo_images.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

#include "common/text.hpp"

namespace shop::demo {
namespace {

// Splits a title into at most three lines of about `width` characters, breaking between words.
std::vector<std::string> WrapLines(std::string_view title, std::size_t width) {
  std::vector<std::string> lines(1);
  std::size_t start = 0;
  while (start < title.size()) {
    std::size_t end = title.find(' ', start);
    if (end == std::string_view::npos) end = title.size();
    const std::string_view word = title.substr(start, end - start);
    if (!word.empty()) {
      if (!lines.back().empty() && lines.back().size() + 1 + word.size() > width && lines.size() < 3)
        lines.emplace_back();
      if (!lines.back().empty()) lines.back() += ' ';
      lines.back() += word;
    }
    start = end + 1;
  }
  return lines;
}

// Each icon is drawn around (0, 0) within about ±160, white with details in the colour "ACCENT".
std::string_view IconTemplate(DemoIcon icon) {
  switch (icon) {
    case DemoIcon::kShirt:
      return R"(<path d="M-62 -128 L-158 -84 L-118 -6 L-84 -24 L-84 142 L84 142 L84 -24 L118 -6 L158 -84 L62 -128 Q0 -78 -62 -128 Z" fill="#fff"/>)"
             R"(<path d="M-62 -128 Q0 -78 62 -128" fill="none" stroke="ACCENT" stroke-width="10" stroke-linecap="round"/>)"
             R"(<rect x="24" y="-10" width="38" height="30" rx="6" fill="ACCENT" opacity="0.55"/>)";
    case DemoIcon::kShoe:
      return R"(<path d="M-160 52 L-160 -24 Q-160 -46 -138 -50 L-76 -64 Q-44 -18 2 -22 L24 -44 Q96 8 146 20 Q170 26 170 56 L170 70 L-160 70 Z" fill="#fff"/>)"
             R"(<rect x="-168" y="66" width="346" height="30" rx="14" fill="ACCENT"/>)"
             R"(<path d="M-20 -12 L10 -36 M0 2 L32 -22 M20 14 L54 -8" stroke="ACCENT" stroke-width="9" stroke-linecap="round"/>)";
    case DemoIcon::kHeadphones:
      return R"(<path d="M-118 30 A118 118 0 0 1 118 30" fill="none" stroke="#fff" stroke-width="26" stroke-linecap="round"/>)"
             R"(<rect x="-152" y="6" width="70" height="124" rx="26" fill="#fff"/>)"
             R"(<rect x="82" y="6" width="70" height="124" rx="26" fill="#fff"/>)"
             R"(<rect x="-126" y="30" width="20" height="76" rx="10" fill="ACCENT"/>)"
             R"(<rect x="106" y="30" width="20" height="76" rx="10" fill="ACCENT"/>)";
    case DemoIcon::kMug:
      return R"(<path d="M60 -24 h26 a48 48 0 0 1 0 96 h-26" fill="none" stroke="#fff" stroke-width="24"/>)"
             R"(<rect x="-112" y="-70" width="176" height="196" rx="22" fill="#fff"/>)"
             R"(<rect x="-112" y="-6" width="176" height="26" fill="ACCENT" opacity="0.6"/>)"
             R"(<path d="M-66 -104 q-16 -22 0 -44 M-24 -104 q-16 -22 0 -44 M18 -104 q-16 -22 0 -44" fill="none" stroke="#fff" stroke-width="10" stroke-linecap="round" opacity="0.8"/>)";
    case DemoIcon::kBook:
      return R"(<path d="M0 -84 Q-74 -126 -160 -104 L-160 104 Q-74 82 0 124 Z" fill="#fff"/>)"
             R"(<path d="M0 -84 Q74 -126 160 -104 L160 104 Q74 82 0 124 Z" fill="#fff" opacity="0.92"/>)"
             R"(<path d="M0 -84 L0 124" stroke="ACCENT" stroke-width="8"/>)"
             R"(<path d="M-126 -60 Q-70 -72 -30 -50 M-126 -20 Q-70 -32 -30 -10 M-126 20 Q-70 8 -30 30 M30 -50 Q70 -72 126 -60 M30 -10 Q70 -32 126 -20" fill="none" stroke="ACCENT" stroke-width="7" stroke-linecap="round" opacity="0.55"/>)";
    case DemoIcon::kMountain:
      return R"(<circle cx="96" cy="-92" r="40" fill="ACCENT" opacity="0.75"/>)"
             R"(<path d="M-170 128 L-50 -86 L40 60 L84 0 L172 128 Z" fill="#fff"/>)"
             R"(<path d="M-50 -86 L-82 -28 L-62 -38 L-46 -22 L-28 -44 L-16 -30 Z" fill="ACCENT" opacity="0.55"/>)";
    case DemoIcon::kDice:
      return R"(<rect x="-124" y="-124" width="248" height="248" rx="40" fill="#fff"/>)"
             R"(<g fill="ACCENT"><circle cx="-62" cy="-62" r="22"/><circle cx="62" cy="-62" r="22"/>)"
             R"(<circle cx="0" cy="0" r="22"/><circle cx="-62" cy="62" r="22"/><circle cx="62" cy="62" r="22"/></g>)";
    case DemoIcon::kBottle:
      return R"(<rect x="-42" y="-150" width="84" height="58" rx="12" fill="ACCENT"/>)"
             R"(<rect x="-28" y="-98" width="56" height="50" fill="#fff" opacity="0.9"/>)"
             R"(<rect x="-80" y="-54" width="160" height="196" rx="34" fill="#fff"/>)"
             R"(<rect x="-54" y="10" width="108" height="70" rx="10" fill="ACCENT" opacity="0.45"/>)";
  }
  return "";
}

std::string IconMarkup(DemoIcon icon, std::string_view accent) {
  constexpr std::string_view kPlaceholder = "ACCENT";
  std::string markup(IconTemplate(icon));
  for (auto at = markup.find(kPlaceholder); at != std::string::npos; at = markup.find(kPlaceholder, at)) {
    markup.replace(at, kPlaceholder.size(), accent);
    at += accent.size();
  }
  return markup;
}

}  // namespace

std::string DemoImageSvg(std::string_view title, std::string_view label, const DemoPalette& palette, DemoIcon icon,
                         int variant) {
  const auto lines = WrapLines(title, 18);
  std::size_t longest = 0;
  for (const auto& line : lines) longest = std::max(longest, line.size());
  const int font_size = longest <= 14 ? 50 : longest <= 18 ? 44 : 38;
  const int line_height = font_size + 10;
  const bool mirrored = variant % 2 == 1;

  std::string svg;
  svg += R"(<svg xmlns="http://www.w3.org/2000/svg" width="800" height="800" viewBox="0 0 800 800">)";
  svg += R"(<defs><linearGradient id="bg" x1=")" + std::string(mirrored ? "1" : "0") + R"(" y1="0" x2=")" +
         std::string(mirrored ? "0" : "1") + R"(" y2="1">)";
  svg += R"(<stop offset="0" stop-color=")" + std::string(palette.from) + R"("/>)";
  svg += R"(<stop offset="1" stop-color=")" + std::string(palette.to) + R"("/></linearGradient></defs>)";
  svg += R"svg(<rect width="800" height="800" fill="url(#bg)"/>)svg";
  svg +=
      R"(<circle cx=")" + std::string(mirrored ? "560" : "240") + R"(" cy="170" r="250" fill="#fff" opacity="0.08"/>)";
  svg += R"(<circle cx="400" cy="330" r="200" fill="#fff" opacity="0.16"/>)";
  svg += R"(<g transform="translate(400 330))" + std::string(mirrored ? " rotate(-8)" : "") + R"(">)" +
         IconMarkup(icon, palette.accent) + "</g>";
  svg += R"(<rect x="0" y="576" width="800" height="224" fill="#000" opacity="0.14"/>)";
  const std::string font = R"(font-family="'Helvetica Neue', Helvetica, Arial, 'DejaVu Sans', sans-serif")";
  svg += R"(<text x="400" y="84" text-anchor="middle" )" + font +
         R"( font-size="24" font-weight="600" letter-spacing="6" fill="#fff" opacity="0.85">)";
  std::string upper(label);
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  svg += text::EscapeMarkup(upper) + "</text>";
  const int first_baseline = 688 - static_cast<int>(lines.size() - 1) * line_height / 2 + font_size / 3;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    svg += R"(<text x="400" y=")" + std::to_string(first_baseline + static_cast<int>(i) * line_height) +
           R"(" text-anchor="middle" )" + font + R"( font-size=")" + std::to_string(font_size) +
           R"(" font-weight="700" fill="#fff">)" + text::EscapeMarkup(lines[i]) + "</text>";
  }
  svg += "</svg>\n";
  return svg;
}

}  // namespace shop::demo

// Composing the shop's emails: one layout for all of them, with a plain-text and an HTML part.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "mail/outbox.hpp"

namespace shop::mail {

inline constexpr std::string_view kShopName = "Harbor Goods";

struct Action {
  std::string label;  // "Verify your email"
  std::string url;    // built from FRONTEND_URL
};

// A message in the shop's layout: greeting heading, paragraphs, an optional button with its link
// (also written out in full in both parts), and the shop's name in the subject line and footer.
// Text is escaped for HTML here; callers pass plain text.
Message Compose(std::string kind, std::string to, const std::string& subject, const std::string& heading,
                const std::vector<std::string>& paragraphs, const std::optional<Action>& action = std::nullopt);

}  // namespace shop::mail

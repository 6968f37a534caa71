#include "mail/compose.hpp"

#include "common/text.hpp"

namespace shop::mail {

Message Compose(std::string kind, std::string to, const std::string& subject, const std::string& heading,
                const std::vector<std::string>& paragraphs, const std::optional<Action>& action) {
  const std::string shop(kShopName);
  std::string text = heading + "\n\n";
  std::string html =
      "<!doctype html><html><body style=\"margin:0;padding:24px;background:#f4f4f5;"
      "font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;color:#18181b\">"
      "<div style=\"max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:32px\">"
      "<p style=\"margin:0 0 24px;font-size:18px;font-weight:700;color:#1e3a8a\">" +
      shop::text::EscapeMarkup(shop) + "</p><h1 style=\"margin:0 0 16px;font-size:22px\">" +
      shop::text::EscapeMarkup(heading) + "</h1>";
  for (const auto& paragraph : paragraphs) {
    text += paragraph + "\n\n";
    html += "<p style=\"margin:0 0 16px;line-height:1.5\">" + shop::text::EscapeMarkup(paragraph) + "</p>";
  }
  if (action) {
    text += action->label + ":\n" + action->url + "\n\n";
    html += "<p style=\"margin:24px 0\"><a href=\"" + shop::text::EscapeMarkup(action->url) +
            "\" style=\"display:inline-block;background:#1d4ed8;color:#ffffff;text-decoration:none;"
            "padding:12px 20px;border-radius:6px;font-weight:600\">" +
            shop::text::EscapeMarkup(action->label) +
            "</a></p><p style=\"margin:0 0 16px;font-size:13px;color:#52525b\">"
            "If the button does not work, open this link: <a href=\"" +
            shop::text::EscapeMarkup(action->url) + "\">" + shop::text::EscapeMarkup(action->url) + "</a></p>";
  }
  text += "-- \n" + shop + "\n";
  html += "<p style=\"margin:32px 0 0;font-size:12px;color:#71717a\">" + shop::text::EscapeMarkup(shop) +
          "</p></div></body></html>";
  return Message{std::move(kind), std::move(to), subject + " | " + shop, std::move(text), std::move(html)};
}

}  // namespace shop::mail

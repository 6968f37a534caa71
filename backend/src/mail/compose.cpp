#include "mail/compose.hpp"

namespace shop::mail {

std::string EscapeHtml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

Message Compose(std::string kind, std::string to, const std::string& subject, const std::string& heading,
                const std::vector<std::string>& paragraphs, const std::optional<Action>& action) {
  const std::string shop(kShopName);
  std::string text = heading + "\n\n";
  std::string html =
      "<!doctype html><html><body style=\"margin:0;padding:24px;background:#f4f4f5;"
      "font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;color:#18181b\">"
      "<div style=\"max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:32px\">"
      "<p style=\"margin:0 0 24px;font-size:18px;font-weight:700;color:#1e3a8a\">" +
      EscapeHtml(shop) + "</p><h1 style=\"margin:0 0 16px;font-size:22px\">" + EscapeHtml(heading) + "</h1>";
  for (const auto& paragraph : paragraphs) {
    text += paragraph + "\n\n";
    html += "<p style=\"margin:0 0 16px;line-height:1.5\">" + EscapeHtml(paragraph) + "</p>";
  }
  if (action) {
    text += action->label + ":\n" + action->url + "\n\n";
    html += "<p style=\"margin:24px 0\"><a href=\"" + EscapeHtml(action->url) +
            "\" style=\"display:inline-block;background:#1d4ed8;color:#ffffff;text-decoration:none;"
            "padding:12px 20px;border-radius:6px;font-weight:600\">" +
            EscapeHtml(action->label) +
            "</a></p><p style=\"margin:0 0 16px;font-size:13px;color:#52525b\">"
            "If the button does not work, open this link: <a href=\"" +
            EscapeHtml(action->url) + "\">" + EscapeHtml(action->url) + "</a></p>";
  }
  text += "-- \n" + shop + "\n";
  html += "<p style=\"margin:32px 0 0;font-size:12px;color:#71717a\">" + EscapeHtml(shop) + "</p></div></body></html>";
  return Message{std::move(kind), std::move(to), subject + " | " + shop, std::move(text), std::move(html)};
}

}  // namespace shop::mail

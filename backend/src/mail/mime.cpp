#include "mail/mime.hpp"

#include <algorithm>
#include <cstdio>
#include <ctime>

#include "common/crypto.hpp"
#include "mail/compose.hpp"

namespace shop::mail {
namespace {

constexpr std::size_t kMaxLineBytes = 998;
constexpr std::size_t kBase64LineChars = 76;

std::string WrappedBase64(std::string_view data) {
  const std::string encoded = crypto::Base64Encode(data);
  std::string out;
  for (std::size_t i = 0; i < encoded.size(); i += kBase64LineChars) {
    out += encoded.substr(i, kBase64LineChars) + "\r\n";
  }
  return out;
}

// Every line break as CRLF, and the text ending in one.
std::string WithCrlf(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 32 + 2);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
      out += "\r\n";
    } else if (text[i] == '\n') {
      out += "\r\n";
    } else {
      out += text[i];
    }
  }
  if (!out.ends_with("\r\n")) out += "\r\n";
  return out;
}

bool HasLongLine(std::string_view crlf_text) {
  std::size_t start = 0;
  while (start < crlf_text.size()) {
    const std::size_t end = std::min(crlf_text.find("\r\n", start), crlf_text.size());
    if (end - start > kMaxLineBytes) return true;
    start = end + 2;
  }
  return false;
}

bool IsAscii(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// A header value on one line: line breaks in it would start new headers.
std::string OneLine(std::string_view text) {
  std::string out(text);
  std::replace_if(
      out.begin(), out.end(), [](char c) { return c == '\r' || c == '\n'; }, ' ');
  return out;
}

// The text/plain part: readable as it is (links intact) unless a line is too long for SMTP.
std::string TextPart(std::string_view text) {
  const std::string body = WithCrlf(text);
  if (HasLongLine(body)) {
    return "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" + WrappedBase64(body);
  }
  return std::string("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: ") +
         (IsAscii(body) ? "7bit" : "8bit") + "\r\n\r\n" + body;
}

}  // namespace

std::string FormatDate(std::int64_t seconds_since_epoch) {
  static constexpr const char* kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const std::time_t time = static_cast<std::time_t>(seconds_since_epoch);
  std::tm utc{};
  gmtime_r(&time, &utc);
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%s, %02d %s %04d %02d:%02d:%02d +0000", kDays[utc.tm_wday], utc.tm_mday,
                kMonths[utc.tm_mon], utc.tm_year + 1900, utc.tm_hour, utc.tm_min, utc.tm_sec);
  return buffer;
}

std::string EncodeHeaderText(std::string_view text) {
  std::string line = OneLine(text);
  if (IsAscii(line) && line.size() <= kMaxLineBytes - 20) return line;
  // Encoded words of at most 75 characters, never splitting a UTF-8 sequence, folded with CRLF SP.
  constexpr std::size_t kChunkBytes = 45;
  std::string out;
  std::size_t start = 0;
  while (start < line.size()) {
    std::size_t end = std::min(start + kChunkBytes, line.size());
    while (end < line.size() && end > start + 1 && (static_cast<unsigned char>(line[end]) & 0xC0) == 0x80) --end;
    if (!out.empty()) out += "\r\n ";
    out += "=?UTF-8?B?" + crypto::Base64Encode(std::string_view(line).substr(start, end - start)) + "?=";
    start = end;
  }
  return out;
}

std::string DomainOf(std::string_view address) {
  const auto at = address.rfind('@');
  if (at == std::string_view::npos || at + 1 >= address.size()) return "localhost";
  std::string domain(address.substr(at + 1));
  domain.erase(std::remove_if(domain.begin(), domain.end(), [](char c) { return c == '>' || c == ' '; }), domain.end());
  return domain.empty() ? "localhost" : domain;
}

std::string RenderMessage(const Message& message, const Envelope& envelope) {
  const std::string boundary =
      "=_part_" +
      crypto::Hex(crypto::Sha256(envelope.message_id + message.text_body + message.html_body)).substr(0, 24);
  std::string out;
  out += "Date: " + FormatDate(envelope.date) + "\r\n";
  out += "Message-ID: " + OneLine(envelope.message_id) + "\r\n";
  out += "From: \"" + std::string(kShopName) + "\" <" + OneLine(envelope.from) + ">\r\n";
  out += "To: <" + OneLine(message.to) + ">\r\n";
  out += "Subject: " + EncodeHeaderText(message.subject) + "\r\n";
  out += "MIME-Version: 1.0\r\n";
  out += "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n";
  out += "\r\n";
  out += "This is a message in MIME format: a plain-text and an HTML version.\r\n";
  out += "\r\n--" + boundary + "\r\n";
  out += TextPart(message.text_body);
  out += "\r\n--" + boundary + "\r\n";
  out += "Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
  out += WrappedBase64(message.html_body);
  out += "\r\n--" + boundary + "--\r\n";
  return out;
}

}  // namespace shop::mail

#include "http/body_guard.hpp"

#include <algorithm>
#include <climits>

namespace shop::http {
namespace {

BodyGuard& GuardOf(http_parser* parser) { return *static_cast<BodyGuard*>(parser->data); }

bool IsNamed(std::string_view name, std::string_view lower) {
  return name.size() == lower.size() && std::equal(name.begin(), name.end(), lower.begin(), [](char a, char b) {
           return std::tolower(static_cast<unsigned char>(a)) == b;
         });
}

}  // namespace

BodyGuard::BodyGuard(BodyLimitFor limit_for) : limit_for_(std::move(limit_for)) {
  http_parser_settings_init(&settings_);
  settings_.on_message_begin = &BodyGuard::OnMessageBegin;
  settings_.on_url = &BodyGuard::OnUrl;
  settings_.on_header_field = &BodyGuard::OnHeaderField;
  settings_.on_header_value = &BodyGuard::OnHeaderValue;
  settings_.on_headers_complete = &BodyGuard::OnHeadersComplete;
  settings_.on_body = &BodyGuard::OnBody;
  settings_.on_message_complete = &BodyGuard::OnMessageComplete;
  http_parser_init(&parser_, HTTP_REQUEST);
  parser_.data = this;
}

void BodyGuard::Feed(const char* data, std::size_t size, std::string& out) {
  while (size > 0) {
    if (mode_ == Mode::kPassing) {
      out.append(data, size);
      return;
    }
    if (mode_ == Mode::kDropping) return;
    const std::size_t parsed = http_parser_execute(&parser_, &settings_, data, size);
    const auto error = HTTP_PARSER_ERRNO(&parser_);
    if (refuse_) {
      held_.clear();
      out += RefusedRequest();
      mode_ = Mode::kDropping;
      return;
    }
    if (error == HPE_PAUSED && complete_) {
      held_.append(data, parsed);
      out += held_;
      held_.clear();
      complete_ = false;
      http_parser_pause(&parser_, 0);
      data += parsed;
      size -= parsed;
      continue;
    }
    if (error != HPE_OK || parser_.upgrade) {  // not ours to judge: the HTTP layer answers it
      out += held_;
      held_.clear();
      out.append(data, size);
      mode_ = Mode::kPassing;
      return;
    }
    held_.append(data, size);
    return;
  }
}

int BodyGuard::OnMessageBegin(http_parser* parser) {
  auto& guard = GuardOf(parser);
  guard.url_.clear();
  guard.fields_.clear();
  guard.last_was_value_ = true;
  guard.limit_ = 0;
  guard.body_bytes_ = 0;
  return 0;
}

int BodyGuard::OnUrl(http_parser* parser, const char* at, std::size_t length) {
  GuardOf(parser).url_.append(at, length);
  return 0;
}

int BodyGuard::OnHeaderField(http_parser* parser, const char* at, std::size_t length) {
  auto& guard = GuardOf(parser);
  if (guard.last_was_value_) guard.fields_.emplace_back();
  guard.fields_.back().first.append(at, length);
  guard.last_was_value_ = false;
  return 0;
}

int BodyGuard::OnHeaderValue(http_parser* parser, const char* at, std::size_t length) {
  auto& guard = GuardOf(parser);
  if (guard.fields_.empty()) return 0;
  guard.fields_.back().second.append(at, length);
  guard.last_was_value_ = true;
  return 0;
}

int BodyGuard::OnHeadersComplete(http_parser* parser) {
  auto& guard = GuardOf(parser);
  const std::string_view url = guard.url_;
  const std::string_view path = url.substr(0, url.find_first_of("?#"));
  guard.limit_ = guard.limit_for_(http_method_str(static_cast<http_method>(parser->method)), path);
  const bool declared = parser->content_length != ULLONG_MAX && !(parser->flags & F_CHUNKED);
  if (declared && parser->content_length > guard.limit_) {
    guard.refuse_ = true;
    http_parser_pause(parser, 1);
  }
  return 0;
}

int BodyGuard::OnBody(http_parser* parser, const char* at, std::size_t length) {
  auto& guard = GuardOf(parser);
  guard.body_bytes_ += length;
  if (guard.body_bytes_ > guard.limit_) {
    guard.refuse_ = true;
    http_parser_pause(parser, 1);
  }
  return 0;
}

int BodyGuard::OnMessageComplete(http_parser* parser) {
  GuardOf(parser).complete_ = true;
  http_parser_pause(parser, 1);
  return 0;
}

std::string BodyGuard::RefusedRequest() const {
  std::string request =
      std::string(http_method_str(static_cast<http_method>(parser_.method))) + " " + url_ + " HTTP/1.1\r\n";
  for (const auto& [name, value] : fields_) {
    if (IsNamed(name, "content-length") || IsNamed(name, "transfer-encoding") || IsNamed(name, "connection") ||
        IsNamed(name, "expect") || IsNamed(name, kBodyRefusedHeader)) {
      continue;
    }
    request += name + ": " + value + "\r\n";
  }
  return request + "Content-Length: 0\r\nConnection: close\r\n" + std::string(kBodyRefusedHeader) + ": " +
         std::to_string(limit_) + "\r\n\r\n";
}

}  // namespace shop::http

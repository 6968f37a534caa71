// A small blocking HTTP client for API tests, on libcurl.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

namespace shop::testing {

struct HttpResponse {
  long status = 0;
  std::map<std::string, std::string> headers;  // names lower-cased; last value wins
  std::string body;
  nlohmann::json json() const { return nlohmann::json::parse(body); }
  std::string header(const std::string& lower_name) const {
    auto found = headers.find(lower_name);
    return found == headers.end() ? "" : found->second;
  }
};

using Headers = std::vector<std::pair<std::string, std::string>>;

// libcurl callbacks: append the body to a std::string, and put each header line into a
// std::map<std::string, std::string> (name lower-cased, value trimmed). For clients of their own.
std::size_t CollectBody(char* data, std::size_t size, std::size_t count, void* body);
std::size_t CollectHeader(char* data, std::size_t size, std::size_t count, void* headers);

class HttpClient {
 public:
  explicit HttpClient(std::string base_url) : base_url_(std::move(base_url)) {}

  // Sends a request; `body` goes out as-is with the given headers (no Content-Type is added).
  HttpResponse Send(const std::string& method, const std::string& path, const std::string& body = "",
                    const Headers& headers = {}) const;

  HttpResponse Get(const std::string& path, const Headers& headers = {}) const {
    return Send("GET", path, "", headers);
  }
  HttpResponse Delete(const std::string& path, const Headers& headers = {}) const {
    return Send("DELETE", path, "", headers);
  }
  // JSON helpers: serialise `body` and send it with Content-Type: application/json.
  HttpResponse Post(const std::string& path, const nlohmann::json& body, Headers headers = {}) const;
  HttpResponse Put(const std::string& path, const nlohmann::json& body, Headers headers = {}) const;

  const std::string& base_url() const { return base_url_; }

 private:
  std::string base_url_;
};

// A bearer token header.
inline Headers Bearer(const std::string& token) { return {{"Authorization", "Bearer " + token}}; }

}  // namespace shop::testing

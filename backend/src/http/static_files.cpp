#include "http/static_files.hpp"

#include <algorithm>
#include <map>

namespace shop::http {

std::string_view ContentTypeFor(const std::filesystem::path& file) {
  static const std::map<std::string, std::string_view> kTypes = {
      {".css", "text/css; charset=utf-8"},
      {".js", "application/javascript; charset=utf-8"},
      {".html", "text/html; charset=utf-8"},
      {".json", "application/json"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".jpeg", "image/jpeg"},
      {".gif", "image/gif"},
      {".webp", "image/webp"},
      {".svg", "image/svg+xml"},
      {".map", "application/json"},
  };
  std::string extension = file.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(), ::tolower);
  auto found = kTypes.find(extension);
  return found == kTypes.end() ? "application/octet-stream" : found->second;
}

Response ServeFile(const Request& request, const std::filesystem::path& root, std::string_view relative,
                   std::string_view cache_control) {
  const auto not_found = [] { return ErrorResponse(NotFound("Not Found")); };
  const std::filesystem::path wanted(relative);
  if (relative.empty() || wanted.is_absolute()) return not_found();
  for (const auto& part : wanted) {
    const std::string name = part.string();
    if (name.empty() || name.front() == '.' || name.find('\\') != std::string::npos ||
        name.find('%') != std::string::npos) {
      return not_found();
    }
  }
  std::error_code ec;
  const auto base = std::filesystem::weakly_canonical(root, ec);
  const auto full = std::filesystem::weakly_canonical(root / wanted, ec);
  if (ec) return not_found();
  const auto [end, _] = std::mismatch(base.begin(), base.end(), full.begin(), full.end());
  if (end != base.end()) return not_found();
  const auto status = std::filesystem::status(full, ec);
  if (ec || !std::filesystem::is_regular_file(status)) return not_found();

  const auto size = std::filesystem::file_size(full, ec);
  const auto modified = std::filesystem::last_write_time(full, ec).time_since_epoch().count();
  const std::string etag = "W/\"" + std::to_string(size) + "-" + std::to_string(modified) + "\"";
  Response response;
  response.WithHeader("Cache-Control", std::string(cache_control)).WithHeader("ETag", etag);
  if (request.Header("if-none-match") == etag) {
    response.status = 304;
    response.content_type.clear();
    return response;
  }
  response.content_type = std::string(ContentTypeFor(full));
  response.file = full;
  return response;
}

}  // namespace shop::http

#include "http/cached_read.hpp"

#include "http/conditional.hpp"

namespace shop::http {
namespace {

constexpr std::string_view kSharedCacheControl = "no-cache";
constexpr std::string_view kPrivateCacheControl = "private, no-cache";

Response VaryingWithCaller(Response response) {
  response.WithHeader("Vary", "Authorization");
  return response;
}

}  // namespace

Response KeptResponse(const Request& request, const ResponseCache::Entry& entry) {
  return VaryingWithCaller(ConditionalResponse(request, {entry.body, entry.etag, entry.gzipped}, kSharedCacheControl));
}

Result<Response> CachedRead(ResponseCache& cache, const Request& request, const std::optional<std::string>& key,
                            const RenderRead& render) {
  if (key) {
    if (auto entry = cache.Find(*key)) return KeptResponse(request, *entry);
  }
  const std::uint64_t version = cache.Version();  // before reading, so a change during the read wins
  SHOP_TRY(rendered, render());
  std::string body = Response::Json(200, rendered->body).body;
  if (!key) {
    const std::string etag = ETagOf(body);
    return VaryingWithCaller(ConditionalResponse(request, {body, etag, ""}, kPrivateCacheControl));
  }
  const auto entry = cache.Store(*key, std::move(body), std::move(rendered->shown), version);
  return KeptResponse(request, *entry);
}

}  // namespace shop::http

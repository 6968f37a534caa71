// Answering a read from a ResponseCache: the kept response when there is one, otherwise the
// response rendered now and kept for the next caller. Kept responses are shared by every caller
// who sends no credentials, so they vary with Authorization and are revalidated by their ETag.
#pragma once

#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "common/errors.hpp"
#include "http/request.hpp"
#include "http/response.hpp"
#include "http/response_cache.hpp"

namespace shop::http {

// A rendered read: its JSON body, and what it shows of the stock.
struct RenderedRead {
  nlohmann::json body;
  StockShown shown;
};
using RenderRead = std::function<Result<RenderedRead>()>;

// The kept `entry` as the answer to `request`: a 304 when the client holds it, gzipped when the
// client takes gzip.
Response KeptResponse(const Request& request, const ResponseCache::Entry& entry);

// Answers the read kept under `key` when `cache` holds it; otherwise renders it and keeps it
// (unless a change raced the rendering) before answering. A nullopt `key` marks a response not
// to be shared (an admin's, say): rendered each time, answered "private, no-cache". An error of
// `render` is passed on and never kept.
Result<Response> CachedRead(ResponseCache& cache, const Request& request, const std::optional<std::string>& key,
                            const RenderRead& render);

}  // namespace shop::http

#include "http/middleware.hpp"

#include <algorithm>
#include <random>

#include "common/log.hpp"
#include "db/connection.hpp"

namespace shop::http {
namespace {

bool IsTokenChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.'; }

std::string RandomId() {
  thread_local std::mt19937_64 engine{std::random_device{}()};
  static constexpr char kHex[] = "0123456789abcdef";
  std::string id(16, '0');
  auto bits = engine();
  for (auto& c : id) {
    c = kHex[bits & 15];
    bits >>= 4;
  }
  return id;
}

void SetDefault(Response& response, std::string name, std::string value) {
  if (response.Header(name).empty()) response.WithHeader(std::move(name), std::move(value));
}

}  // namespace

std::string RequestIdFor(const Request& request) {
  const std::string_view given = request.Header("x-request-id");
  if (!given.empty() && given.size() <= 128 && std::all_of(given.begin(), given.end(), IsTokenChar)) {
    return std::string(given);
  }
  return RandomId();
}

Response Execute(const Route& route, Request& request, const Authenticator& authenticate) {
  try {
    if (request.body.size() > route.body_limit) {
      return ErrorResponse(MakeError(Errc::kPayloadTooLarge, "Request body is too large"));
    }
    const bool anonymous_ok = route.access == Access::kOptional && request.Header("authorization").empty();
    if (route.access != Access::kPublic && !anonymous_ok) {
      if (!authenticate) return ErrorResponse(Unauthenticated("Not authenticated"));
      auto principal = authenticate(request);
      if (!principal) return ErrorResponse(principal.error());
      request.principal = std::move(*principal);
      if (route.access == Access::kAdmin && !request.principal->IsAdmin()) {
        return ErrorResponse(Forbidden("Admin access required"));
      }
    }
    auto response = route.handler(request);
    if (!response) return ErrorResponse(response.error());
    return std::move(response).value();
  } catch (const db::Unavailable& e) {
    log::Warn("database unavailable", {{"request_id", request.request_id}, {"error", e.what()}});
    Error error = MakeError(Errc::kUnavailable, "Service temporarily unavailable, please retry");
    error.retry_after_seconds = 1;
    return ErrorResponse(error);
  } catch (const std::exception& e) {
    log::Error("unhandled error", {{"request_id", request.request_id}, {"path", request.path}, {"error", e.what()}});
    return ErrorResponse(MakeError(Errc::kInternal, "Internal Server Error"));
  }
}

Response NoRouteResponse(const Router::Match& match) {
  if (match.allowed.empty()) return ErrorResponse(NotFound("Not Found"));
  Response response = ErrorResponse(MakeError(Errc::kMethodNotAllowed, "Method Not Allowed"));
  std::string allow;
  for (auto method : match.allowed) {
    if (!allow.empty()) allow += ", ";
    allow += MethodName(method);
  }
  return response.WithHeader("Allow", allow);
}

bool CorsPolicy::Allows(std::string_view origin) const {
  return std::any_of(origins.begin(), origins.end(), [&](const std::string& o) { return o == "*" || o == origin; });
}

std::optional<Response> Preflight(const Request& request, const CorsPolicy& cors) {
  if (request.method != Method::kOptions) return std::nullopt;
  const std::string_view origin = request.Header("origin");
  const std::string_view wanted = request.Header("access-control-request-method");
  if (origin.empty() || wanted.empty()) return std::nullopt;
  if (!cors.Allows(origin)) return ErrorResponse(BadRequest("Disallowed CORS origin"));
  Response response;
  response.status = 200;
  response.content_type = "text/plain";
  response.body = "OK";
  // Allow-Origin and Vary are added by ApplyCors, as on every response to an allowed origin.
  response.WithHeader("Access-Control-Allow-Methods", "GET, POST, PUT, PATCH, DELETE, OPTIONS")
      .WithHeader("Access-Control-Allow-Headers",
                  "Authorization, Content-Type, Idempotency-Key, X-Request-ID, If-None-Match")
      .WithHeader("Access-Control-Max-Age", "600");
  return response;
}

void ApplyCors(const Request& request, const CorsPolicy& cors, Response& response) {
  const std::string_view origin = request.Header("origin");
  if (origin.empty() || !cors.Allows(origin)) return;
  response.WithHeader("Access-Control-Allow-Origin", std::string(origin))
      .WithHeader("Vary", "Origin")
      .WithHeader("Access-Control-Expose-Headers", "X-Request-ID, Retry-After, ETag, Content-Disposition");
}

void ApplySecurityHeaders(Response& response) {
  SetDefault(response, "X-Content-Type-Options", "nosniff");
  SetDefault(response, "X-Frame-Options", "DENY");
  SetDefault(response, "Referrer-Policy", "no-referrer");
  SetDefault(response, "Cross-Origin-Opener-Policy", "same-origin");
  SetDefault(response, "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
  SetDefault(response, "Cache-Control", "no-store");
  SetDefault(response, "Strict-Transport-Security", "max-age=31536000; includeSubDomains");
}
}  // namespace shop::http

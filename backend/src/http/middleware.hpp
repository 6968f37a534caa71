// What every request passes through around its handler: request ids, authentication and the
// access check, outage and bug handling, CORS and security headers (compression: compression.hpp).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/errors.hpp"
#include "http/request.hpp"
#include "http/response.hpp"
#include "http/router.hpp"

namespace shop::http {

// Resolves the caller from the request's credentials: 401 when they are missing or invalid.
using Authenticator = std::function<Result<Principal>(const Request&)>;

// The request's own X-Request-ID when it is a sane token, otherwise a new random one.
std::string RequestIdFor(const Request& request);

// Runs a matched route: checks access (401/403), calls the handler, turns the Error it returns
// into its response (the one place that does so for handlers), an outage into 503 and any other
// exception into a logged 500 that carries no internals.
Response Execute(const Route& route, Request& request, const Authenticator& authenticate);

// The answer when no route takes the request: 404, or 405 with Allow.
Response NoRouteResponse(const Router::Match& match);

struct CorsPolicy {
  std::vector<std::string> origins;  // "*" allows any
  bool Allows(std::string_view origin) const;
};

// The answer to a CORS preflight (OPTIONS with Origin and Access-Control-Request-Method), or
// nullopt when the request is not one. Its Access-Control-Allow-Origin is left to ApplyCors, which
// every response passes through, so that it is sent once.
std::optional<Response> Preflight(const Request& request, const CorsPolicy& cors);
// Adds the CORS headers of an actual response for an allowed origin.
void ApplyCors(const Request& request, const CorsPolicy& cors, Response& response);
// nosniff, framing, referrer, caching and HSTS headers an API should send (kept if already set).
void ApplySecurityHeaders(Response& response);
}  // namespace shop::http

// The HTTP server: RESTinio on a few I/O threads, handlers on a bounded worker pool, and a
// graceful stop on SIGINT/SIGTERM.
#pragma once

#include <chrono>
#include <memory>
#include <string>

#include "http/client_address.hpp"
#include "http/middleware.hpp"
#include "http/router.hpp"

namespace shop::app {

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8000;
  int io_threads = 1;
  int workers = 8;
  std::size_t max_queued = 1024;  // requests waiting for a worker before 503
  http::CorsPolicy cors;
  http::TrustedProxies trusted_proxies;  // whose X-Forwarded-For is read (http/client_address.hpp)
  std::chrono::milliseconds drain_timeout{10'000};
  std::chrono::seconds request_timeout{30};
  std::size_t max_connections = 1024;  // open at once; more wait to be accepted
  // The time a client has to send a whole request, the wait on a kept-alive connection included:
  // past it the connection is closed, so idle and slow connections cannot hold their place.
  std::chrono::seconds read_timeout{30};
};

// Serves `router` until SIGINT or SIGTERM; then stops accepting, lets the requests in flight
// finish (up to the drain timeout) and returns. Throws std::runtime_error when it cannot listen.
// `on_listening` runs once the socket accepts connections.
void Serve(const ServerOptions& options, const http::Router& router, const http::Authenticator& authenticate,
           const std::function<void()>& on_listening);

}  // namespace shop::app

#include "app/server.hpp"

#include <atomic>
#include <future>
#include <restinio/all.hpp>
#include <thread>

#include "app/worker_pool.hpp"
#include "common/log.hpp"
#include "http/compression.hpp"
#include "http/guarded_socket.hpp"
#include "http/query_string.hpp"

namespace shop::app {
namespace {

using Clock = std::chrono::steady_clock;
// Strands (safe with several I/O threads), and RESTinio's limit on open connections: past
// ServerOptions::max_connections, new ones wait in the listen backlog until one closes.
struct Traits : restinio::default_traits_t {
  static constexpr bool use_connection_count_limiter = true;  // NOLINT(readability-identifier-naming): RESTinio's name
  using stream_socket_t = http::GuardedSocket;                // each route's body limit, before the body is kept
};

http::Method MethodOf(const restinio::http_method_id_t& method) {
  if (method == restinio::http_method_get()) return http::Method::kGet;
  if (method == restinio::http_method_post()) return http::Method::kPost;
  if (method == restinio::http_method_put()) return http::Method::kPut;
  if (method == restinio::http_method_delete()) return http::Method::kDelete;
  if (method == restinio::http_method_patch()) return http::Method::kPatch;
  if (method == restinio::http_method_head()) return http::Method::kHead;
  if (method == restinio::http_method_options()) return http::Method::kOptions;
  return http::Method::kOther;
}

// Copies what handlers need out of RESTinio's request; the body stays in RESTinio's buffer,
// which lives as long as the request handle the server keeps with the task.
Result<http::Request> ToRequest(const restinio::request_handle_t& req, const http::TrustedProxies& trusted_proxies) {
  http::Request request;
  const auto& header = req->header();
  request.method = MethodOf(header.method());
  request.path = std::string(header.path());
  header.for_each_field([&](const restinio::http_header_field_t& field) {
    std::string name = field.name();
    std::transform(name.begin(), name.end(), name.begin(), ::tolower);
    request.headers.emplace_back(std::move(name), field.value());
  });
  request.body = req->body();
  request.remote_address = http::ClientAddress(req->remote_endpoint().address().to_string(),
                                               request.Header("x-forwarded-for"), trusted_proxies);
  request.request_id = http::RequestIdFor(request);

  SHOP_TRY(query, http::ParseQueryString(header.query()));
  request.query = std::move(*query);
  return request;
}

class HttpFrontend {
 public:
  HttpFrontend(const ServerOptions& options, const http::Router& router, const http::Authenticator& authenticate)
      : options_(options),
        router_(router),
        authenticate_(authenticate),
        workers_(options.workers, options.max_queued) {}

  restinio::request_handling_status_t Handle(const restinio::request_handle_t& req) {
    const auto started = Clock::now();
    ++in_flight_;  // until its response is written out (Send)
    auto converted = ToRequest(req, options_.trusted_proxies);
    if (!converted) {
      http::Request bare;
      bare.method = MethodOf(req->header().method());
      bare.path = std::string(req->header().path());
      bare.request_id = http::RequestIdFor(bare);
      Send(req, bare, http::ErrorResponse(converted.error()), started);
      return restinio::request_accepted();
    }
    auto request = std::make_shared<http::Request>(std::move(*converted));
    if (!request->Header(http::kBodyRefusedHeader).empty()) {  // see http::BodyGuard
      Send(req, *request, http::ErrorResponse(MakeError(Errc::kPayloadTooLarge, "Request body is too large")), started);
      return restinio::request_accepted();
    }
    if (auto preflight = http::Preflight(*request, options_.cors)) {
      Send(req, *request, std::move(*preflight), started);
      return restinio::request_accepted();
    }
    auto match = router_.Find(request->method, request->path);
    if (match.route == nullptr) {
      Send(req, *request, http::NoRouteResponse(match), started);
      return restinio::request_accepted();
    }
    const http::Route& route = *match.route;
    request->path_params = std::move(match.params);
    if (route.fast_path) {
      if (auto response = route.fast_path(*request)) {
        Send(req, *request, std::move(*response), started);
        return restinio::request_accepted();
      }
    }
    if (route.runs_inline) {
      Send(req, *request, http::Execute(route, *request, authenticate_), started);
      return restinio::request_accepted();
    }
    const bool queued = workers_.TrySubmit([this, req, request, &route, started] {
      Send(req, *request, http::Execute(route, *request, authenticate_), started);
    });
    if (!queued) {
      Error busy = MakeError(Errc::kUnavailable, "Server is busy, please retry");
      busy.retry_after_seconds = 1;
      Send(req, *request, http::ErrorResponse(busy), started);
    }
    return restinio::request_accepted();
  }

  // Requests received whose responses are not yet written out whole.
  int in_flight() const { return in_flight_.load(); }
  // From now on every response closes its connection, so keep-alive clients go away.
  void BeginShutdown() { closing_ = true; }
  void StopWorkers() { workers_.Stop(); }

 private:
  void Send(const restinio::request_handle_t& req, const http::Request& request, http::Response response,
            Clock::time_point started) {
    http::ApplyCors(request, options_.cors, response);
    http::ApplySecurityHeaders(response);
    if (request.method != http::Method::kHead) http::Compress(request, response);
    response.WithHeader("X-Request-ID", request.request_id);

    auto builder = req->create_response(
        restinio::http_status_line_t{restinio::http_status_code_t{static_cast<std::uint16_t>(response.status)},
                                     std::string(http::ReasonPhrase(response.status))});
    builder.append_header_date_field();
    builder.append_header(restinio::http_field::server, "shop-api");
    if (!response.content_type.empty())
      builder.append_header(restinio::http_field::content_type, response.content_type);
    for (auto& [name, value] : response.headers) builder.append_header(name, value);
    std::size_t bytes = response.body.size();
    if (response.file && request.method != http::Method::kHead) {
      auto file = restinio::sendfile(response.file->string());
      bytes = file.size();
      builder.set_body(std::move(file));
    } else if (request.method != http::Method::kHead) {
      builder.set_body(std::move(response.body));
    }
    if (closing_) builder.connection_close();
    // Called once the response is written, or its connection is gone.
    builder.done([this](const asio::error_code&) { --in_flight_; });

    if (!log::Enabled(log::Level::kInfo)) return;
    const auto micros = std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - started).count();
    log::Info("request", {{"method", std::string(http::MethodName(request.method))},
                          {"path", request.path},
                          {"status", std::to_string(response.status)},
                          {"bytes", std::to_string(bytes)},
                          {"duration_ms", std::to_string(micros / 1000) + "." + std::to_string(micros % 1000 / 100)},
                          {"request_id", request.request_id}});
  }

  const ServerOptions& options_;
  const http::Router& router_;
  const http::Authenticator& authenticate_;
  WorkerPool workers_;
  std::atomic<int> in_flight_{0};
  std::atomic<bool> closing_{false};
};

}  // namespace

void Serve(const ServerOptions& options, const http::Router& router, const http::Authenticator& authenticate,
           const std::function<void()>& on_listening) {
  HttpFrontend frontend(options, router, authenticate);
  asio::io_context io_context;

  // Each route's limit is applied as the bytes arrive (http::BodyGuard); RESTinio's own limit, for
  // every route, is the largest of them plus multipart framing.
  std::size_t largest_body = http::kDefaultBodyLimit;
  for (const auto& route : router.routes()) largest_body = std::max(largest_body, route.body_limit);
  http::GuardedSocket::SetBodyLimits([&router](std::string_view method, std::string_view path) {
    const auto match = router.Find(http::MethodNamed(method), path);
    return match.route == nullptr ? http::kNoRouteBodyLimit : match.route->body_limit;
  });

  restinio::http_server_t<Traits> server{
      restinio::external_io_context(io_context), [&](auto& settings) {
        settings.address(options.host)
            .port(static_cast<std::uint16_t>(options.port))
            .request_handler([&frontend](auto req) { return frontend.Handle(std::move(req)); })
            .max_parallel_connections(options.max_connections)
            .read_next_http_message_timelimit(options.read_timeout)
            .write_http_response_timelimit(std::chrono::seconds(30))
            .handle_request_timeout(options.request_timeout)
            .max_pipelined_requests(16)
            .incoming_http_msg_limits(restinio::incoming_http_msg_limits_t{}
                                          .max_url_size(8 * 1024)
                                          .max_field_count(100)
                                          .max_field_value_size(16 * 1024)
                                          .max_body_size(largest_body + 64 * 1024));
      }};

  std::promise<void> opened;
  auto opened_future = opened.get_future();
  asio::post(io_context, [&] {
    try {
      server.open_sync();
      opened.set_value();
    } catch (...) {
      opened.set_exception(std::current_exception());
    }
  });

  std::atomic<bool> stopping{false};
  asio::signal_set signals(io_context, SIGINT, SIGTERM);
  signals.async_wait([&](const asio::error_code& error, int) {
    if (error) return;
    stopping = true;
    frontend.BeginShutdown();
    server.close_sync();  // stop accepting; connections in progress carry on
  });

  std::vector<std::thread> io_threads;
  for (int i = 0; i < options.io_threads; ++i) io_threads.emplace_back([&] { io_context.run(); });
  try {
    opened_future.get();
  } catch (...) {
    io_context.stop();
    for (auto& thread : io_threads) thread.join();
    throw;
  }
  on_listening();

  while (!stopping) std::this_thread::sleep_for(std::chrono::milliseconds(50));
  log::Info("shutting down: draining requests in flight", {{"in_flight", std::to_string(frontend.in_flight())}});
  // Until every request received is answered and its response written out (a slow reader's too).
  const auto deadline = Clock::now() + options.drain_timeout;
  while (frontend.in_flight() > 0 && Clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  if (frontend.in_flight() > 0) {
    log::Warn("drain timeout: responses still unwritten are cut off",
              {{"in_flight", std::to_string(frontend.in_flight())}});
  }
  io_context.stop();
  for (auto& thread : io_threads) thread.join();
  frontend.StopWorkers();
}

}  // namespace shop::app

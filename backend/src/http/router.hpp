// The route table: the one shape of a route handler, binding it to its service, and matching a
// method and path against the routes, telling 404 from 405.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/errors.hpp"
#include "http/request.hpp"
#include "http/response.hpp"

namespace shop::http {

// Who may call a route. Checked by the server before the handler runs, in one place.
// kOptional: anyone, but a caller who sends a token must send a valid one, and is then known to
// the handler (an admin sees more of the catalog, say).
enum class Access { kPublic, kOptional, kUser, kAdmin };

// Answers a request; an Error it returns is turned into its response by Execute, in one place.
using Handler = std::function<Result<Response>(const Request&)>;
// Answers on the I/O thread when it can (a cached catalog page, say); nullopt sends the request
// on to the handler on a worker thread.
using FastPath = std::function<std::optional<Response>(const Request&)>;

// The one shape of every route handler: the service it works with, and the request. A domain
// declares its handlers with it, `http::HandlerOf<CartService> ShowCart, AddItem;`.
template <class Service>
using HandlerOf = Result<Response>(Service&, const Request&);
template <class Service>
using ServiceHandler = HandlerOf<Service>*;

// The route handler that calls `handler` with `service` (which must outlive the router).
template <class Service>
Handler Bind(Service& service, ServiceHandler<Service> handler) {
  return [&service, handler](const Request& request) { return handler(service, request); };
}

inline constexpr std::size_t kDefaultBodyLimit = 1024 * 1024;
// A request for no route has no use for a body: past this it is 413, not 404.
inline constexpr std::size_t kNoRouteBodyLimit = 64 * 1024;

struct Route {
  Method method = Method::kGet;
  // Literal segments and {name} parameters; a last {name*} takes the rest of the path.
  std::string pattern;
  Access access = Access::kPublic;
  Handler handler;
  FastPath fast_path;  // optional
  std::size_t body_limit = kDefaultBodyLimit;
  bool runs_inline = false;  // cheap and never blocking: answer on the I/O thread
};

class Router {
 public:
  void Add(Route route);
  const std::vector<Route>& routes() const { return routes_; }

  struct Match {
    const Route* route = nullptr;  // set when a route matched path and method
    NameValues params;
    std::vector<Method> allowed;  // methods of the path when only the method was wrong
  };
  // Finds the route for `method` and `path`; a route with more literal segments wins over one
  // with parameters. HEAD is answered by GET routes.
  Match Find(Method method, std::string_view path) const;

 private:
  struct Compiled {
    std::vector<std::string> segments;
    int literals = 0;
    bool rest = false;
  };
  static std::optional<NameValues> MatchPath(const Compiled& compiled, const std::vector<std::string_view>& parts);
  std::vector<Route> routes_;
  std::vector<Compiled> compiled_;
};

}  // namespace shop::http

// The server's view of one HTTP request, independent of the HTTP library underneath.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace shop::http {

enum class Method { kGet, kHead, kPost, kPut, kPatch, kDelete, kOptions, kOther };

// "GET" for kGet and so on; "OTHER" for kOther.
std::string_view MethodName(Method method);
// The method named `name` (upper case, as on the wire), or kOther.
Method MethodNamed(std::string_view name);

// Who is calling, as established by the authenticator for routes that are not public.
struct Principal {
  std::int64_t user_id = 0;
  std::string role;  // "customer" or "admin"
  bool IsAdmin() const { return role == "admin"; }
};

using NameValues = std::vector<std::pair<std::string, std::string>>;

struct Request {
  Method method = Method::kGet;
  std::string path;       // without the query string
  NameValues query;       // decoded, in order of appearance
  NameValues headers;     // names lower-cased
  std::string_view body;  // owned by the connection layer for the life of the request
  std::string remote_address;
  std::string request_id;
  NameValues path_params;  // filled by the router
  std::optional<Principal> principal;

  // The first value of a header (name in lower case), or "" when absent.
  std::string_view Header(std::string_view lower_name) const;
  // The first value of a query parameter, or nullopt when absent.
  std::optional<std::string_view> Query(std::string_view name) const;
  // A path parameter named in the route pattern; "" when the route has none of that name.
  std::string_view PathParam(std::string_view name) const;
  // The authenticated caller; only valid on routes whose access is not public.
  const Principal& Caller() const { return *principal; }
  // True when the caller is an authenticated admin (on any route, whatever its access).
  bool CallerIsAdmin() const { return principal && principal->IsAdmin(); }
};

}  // namespace shop::http

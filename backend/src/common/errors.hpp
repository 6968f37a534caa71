// The one error vocabulary of the shop: every layer reports expected failures as an Error,
// and http/error_mapping.cpp alone turns an Error into a status code and body.
#pragma once

#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace shop {

enum class Errc {
  kInvalid,               // a field or parameter failed validation (422)
  kBadRequest,            // the request is understood but not acceptable (400)
  kUnauthenticated,       // missing, invalid or expired credentials (401)
  kForbidden,             // authenticated but not allowed (403)
  kNotFound,              // no such resource, or not the caller's (404)
  kMethodNotAllowed,      // the path exists, the method does not (405)
  kConflict,              // clashes with the current state (409)
  kPayloadTooLarge,       // body over the limit (413)
  kUnsupportedMediaType,  // body of the wrong content type (415)
  kTooManyRequests,       // rate limit hit (429)
  kUnavailable,           // a dependency is down or the server is saturated (503)
  kInternal,              // a bug; the client sees no details (500)
};

// One bad field, in FastAPI's shape: loc is e.g. {"body", "email"} or {"query", "page"}.
struct FieldError {
  std::vector<std::string> loc;
  std::string msg;
  std::string type;
};

struct Error {
  Errc code = Errc::kInternal;
  std::string detail;
  std::vector<FieldError> fields;  // only for kInvalid
  int retry_after_seconds = 0;     // for kTooManyRequests and kUnavailable
};

inline Error MakeError(Errc code, std::string detail) { return Error{code, std::move(detail), {}, 0}; }
inline Error NotFound(std::string detail) { return MakeError(Errc::kNotFound, std::move(detail)); }
inline Error Conflict(std::string detail) { return MakeError(Errc::kConflict, std::move(detail)); }
inline Error BadRequest(std::string detail) { return MakeError(Errc::kBadRequest, std::move(detail)); }
inline Error Forbidden(std::string detail) { return MakeError(Errc::kForbidden, std::move(detail)); }
inline Error Unauthenticated(std::string detail) { return MakeError(Errc::kUnauthenticated, std::move(detail)); }
// A 422 for a single field.
inline Error InvalidField(std::vector<std::string> loc, std::string msg, std::string type) {
  return Error{Errc::kInvalid, "", {FieldError{std::move(loc), std::move(msg), std::move(type)}}, 0};
}

// Either a value or an Error. Expected failures travel as values; outages are exceptions.
template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}      // NOLINT(google-explicit-constructor)
  Result(Error error) : state_(std::move(error)) {}  // NOLINT(google-explicit-constructor)

  bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }

  T& value() & { return std::get<0>(state_); }
  const T& value() const& { return std::get<0>(state_); }
  T&& value() && { return std::get<0>(std::move(state_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T&& operator*() && { return std::move(*this).value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  const Error& error() const& { return std::get<1>(state_); }
  Error&& error() && { return std::get<1>(std::move(state_)); }

 private:
  std::variant<T, Error> state_;
};

struct Ok {};
using Status = Result<Ok>;

// Declares `name` as the Result of `expression` and, when it holds an Error, returns that Error
// from the enclosing function (which returns a Result or a Status):
//   SHOP_TRY(id, http::PathId(request, "id"));
//   return Respond(catalog.DeleteCategory(*id));
// NOLINTBEGIN(bugprone-macro-parentheses): `name` is the name being declared, not an expression
#define SHOP_TRY(name, expression) \
  auto name = (expression);        \
  if (!name) return std::move(name).error()
// NOLINTEND(bugprone-macro-parentheses)

}  // namespace shop

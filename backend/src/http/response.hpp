// What a handler answers: status, headers and a body (or a file to send), plus the one
// mapping from an Error to its HTTP status and {"detail": ...} body.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "common/errors.hpp"

namespace shop::http {

struct Response {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
  std::optional<std::filesystem::path> file;  // sent with sendfile instead of body when set

  static Response Json(int status, const nlohmann::json& body);
  // A JSON body serialised already (by a JsonWriter, say).
  static Response JsonText(int status, std::string body);
  static Response NoContent();
  Response& WithHeader(std::string name, std::string value) {
    headers.emplace_back(std::move(name), std::move(value));
    return *this;
  }
  std::string_view Header(std::string_view name) const;
};

// The HTTP status of an error code.
int StatusOf(Errc code);

// The response for an error: its status, {"detail": "..."} (or FastAPI's list of field errors
// for 422), WWW-Authenticate on 401 and Retry-After on 429/503.
Response ErrorResponse(const Error& error);

// Serialises a successful result with `to_json` (to an nlohmann::json or to JSON text), or
// passes its error on.
template <class T, class ToJson>
Result<Response> Respond(Result<T> result, int status, ToJson to_json) {
  if (!result) return std::move(result).error();
  if constexpr (std::is_same_v<decltype(to_json(*result)), std::string>) {
    return Response::JsonText(status, to_json(*result));
  } else {
    return Response::Json(status, to_json(*result));
  }
}

// The standard reason phrase of a status code ("Not Found").
std::string_view ReasonPhrase(int status);

}  // namespace shop::http

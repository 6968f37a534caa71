// Decoding a request's query string into its name/value pairs.
#pragma once

#include <string_view>

#include "common/errors.hpp"
#include "http/request.hpp"

namespace shop::http {

// The decoded pairs of `query` (the text after '?'), in order of appearance; '+' is a space.
// A 422 (loc ["query"]) when the percent-encoding is invalid.
Result<NameValues> ParseQueryString(std::string_view query);

}  // namespace shop::http

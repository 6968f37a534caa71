// Reading one field of a multipart/form-data request body.
#pragma once

#include <string_view>

#include "common/errors.hpp"
#include "http/request.hpp"

namespace shop::http {

// The content of the form-data field `name` (a view into the request body): 415 when the
// Content-Type is not multipart/form-data, 422 when the boundary or the body is malformed or the
// body has no such field.
Result<std::string_view> FormDataField(const Request& request, std::string_view name);

}  // namespace shop::http

#include "http/multipart.hpp"

#include <restinio/helpers/http_field_parsers/content-disposition.hpp>
#include <restinio/helpers/http_field_parsers/content-type.hpp>
#include <restinio/helpers/multipart_body.hpp>

namespace shop::http {

Result<std::string_view> FormDataField(const Request& request, std::string_view name) {
  namespace hfp = restinio::http_field_parsers;
  namespace mp = restinio::multipart_body;
  const auto content_type = hfp::content_type_value_t::try_parse(request.Header("content-type"));
  if (!content_type || !restinio::impl::is_equal_caseless(content_type->media_type.type, "multipart") ||
      !restinio::impl::is_equal_caseless(content_type->media_type.subtype, "form-data")) {
    return MakeError(Errc::kUnsupportedMediaType, "Content-Type must be multipart/form-data");
  }
  const auto boundary = hfp::find_first(content_type->media_type.parameters, "boundary");
  if (!boundary || mp::check_boundary_value(*boundary)) {
    return InvalidField({"body"}, "multipart/form-data needs a valid boundary", "value_error");
  }
  const std::string delimiter = "--" + std::string(*boundary);
  const auto parts = mp::split_multipart_body(request.body, delimiter);
  if (parts.empty()) return InvalidField({"body"}, "Malformed multipart/form-data body", "value_error");
  for (const auto raw : parts) {
    auto part = mp::try_parse_part(raw);
    if (!part) return InvalidField({"body"}, "Malformed multipart/form-data body", "value_error");
    const auto disposition = part->fields.opt_value_of(restinio::http_field::content_disposition);
    if (!disposition) continue;
    const auto parsed = hfp::content_disposition_value_t::try_parse(*disposition);
    if (!parsed || parsed->value != "form-data") continue;
    const auto field = hfp::find_first(parsed->parameters, "name");
    if (field && *field == name) return std::string_view(part->body);
  }
  return InvalidField({"body", std::string(name)}, "Field required", "missing");
}

}  // namespace shop::http

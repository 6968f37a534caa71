#include "mail/mail_routes.hpp"

#include "http/validation.hpp"
#include "mail/mail_service.hpp"

namespace shop::mail {

using http::Fields;
using http::Request;
using http::Response;

Result<Response> ListEmails(db::Pool& db, const Request& request) {
  Fields fields;
  const auto page = fields.Page(request);
  std::optional<EmailStatus> status;
  if (auto text = fields.QueryString(request, "status", 32)) {
    status = ParseEmailStatus(*text);
    if (!status) fields.Add({"query", "status"}, "Input should be 'pending', 'sent' or 'failed'", "enum");
  }
  if (auto valid = fields.Finish(); !valid) return valid.error();
  return http::PageResponse(ListOutbox(db, status, page.size, page.offset()), page,
                            [](const auto& email) { return ToJson(email); });
}

Result<Response> RetryEmail(db::Pool& db, const Request& request) {
  SHOP_TRY(id, http::PathId(request, "id"));
  return http::Respond(mail::RetryEmail(db, *id), 200, [](const OutboxEmail& email) { return ToJson(email); });
}

}  // namespace shop::mail

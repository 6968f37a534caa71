// HTTP handlers of the back office's view of the email outbox, /api/admin/emails (admins only,
// checked by the route table's Access): the emails and their delivery state, and a retry for
// those that failed.
#pragma once

#include "db/pool.hpp"
#include "http/request.hpp"
#include "http/response.hpp"

namespace shop::mail {

// GET /api/admin/emails?status=pending|sent|failed&page&size → 200 page of emails, newest first
Result<http::Response> ListEmails(db::Pool& db, const http::Request& request);
// POST /api/admin/emails/{id}/retry → 200 the email, pending again with 0 attempts; 404 unknown
// id; 409 already sent
Result<http::Response> RetryEmail(db::Pool& db, const http::Request& request);

}  // namespace shop::mail

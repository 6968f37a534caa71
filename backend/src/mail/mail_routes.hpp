// HTTP handlers of the back office's view of the email outbox, /api/admin/emails (admins only,
// checked by the route table's Access): the emails and their delivery state, and a retry for
// those that failed.
#pragma once

#include "db/pool.hpp"
#include "http/router.hpp"

namespace shop::mail {

// GET /api/admin/emails?status=pending|sent|failed&page&size → 200 page of emails, newest first
http::HandlerOf<db::Pool> ListEmails;
// POST /api/admin/emails/{id}/retry → 200 the email, pending again with 0 attempts; 404 unknown
// id; 409 already sent
http::HandlerOf<db::Pool> RetryEmail;

}  // namespace shop::mail

#include "mail/mail_service.hpp"

namespace shop::mail {

Page<OutboxEmail> ListOutbox(db::Pool& db, std::optional<EmailStatus> status, std::int64_t limit, std::int64_t offset) {
  auto connection = db.Acquire();
  return ListEmails(*connection, status, limit, offset);
}

Result<OutboxEmail> RetryEmail(db::Pool& db, std::int64_t id) {
  auto connection = db.Acquire();
  if (auto requeued = Requeue(*connection, id)) return *requeued;
  if (FindEmail(*connection, id)) return Conflict("Email was already sent");
  return NotFound("Email not found");
}

}  // namespace shop::mail

// The back office's rules for the email outbox: listing it, and sending a failed email again.
#pragma once

#include <cstdint>
#include <optional>

#include "common/errors.hpp"
#include "db/pool.hpp"
#include "mail/outbox.hpp"

namespace shop::mail {

// The emails of `status` (all when nullopt), newest first. Throws db::Unavailable on an outage.
Page<OutboxEmail> ListOutbox(db::Pool& db, std::optional<EmailStatus> status, std::int64_t limit, std::int64_t offset);

// Makes an unsent email (failed or still pending) due now with its attempts reset to 0, so the
// sender tries it again with a full set of attempts. 404 for an unknown id, 409 when it was sent.
Result<OutboxEmail> RetryEmail(db::Pool& db, std::int64_t id);

}  // namespace shop::mail

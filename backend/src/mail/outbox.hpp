// The email outbox: a message is queued in the same transaction as the change that causes it,
// and the mail sender delivers it after the commit.
#pragma once

#include <chrono>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/page.hpp"
#include "db/connection.hpp"

namespace shop::mail {

struct Message {
  std::string kind;  // "verify_email", "reset_password", "order_confirmation", "order_status", ...
  std::string to;
  std::string subject;
  std::string text_body;
  std::string html_body;
};

// Inserts `message` into email_outbox on `connection` (inside the caller's transaction).
void Enqueue(db::Connection& connection, const Message& message);
// The statement Enqueue runs, for a batch of the caller's transaction (db::Transaction::Commit).
db::Queued EnqueueStatement(const Message& message);

// A message taken from the outbox by the sender.
struct QueuedMessage {
  std::int64_t id = 0;
  Message message;
  int attempts = 0;                // including the one about to be made
  std::int64_t created_at_us = 0;  // microseconds since the epoch
};

// Claims up to `limit` pending messages (neither sent nor failed) that are due, oldest first, skipping rows another
// sender holds (FOR UPDATE SKIP LOCKED). A claimed row counts one more attempt and is not due again for `lease`, so no
// other sender takes it while it is being sent.
std::vector<QueuedMessage> ClaimDue(db::Connection& connection, int limit, std::chrono::seconds lease);
// Delivered: never sent again.
void MarkSent(db::Connection& connection, std::int64_t id);
// Not delivered: tried again after `retry_in`, with `error` kept for the operator; or, once
// `max_attempts` attempts have been made, marked failed and not tried again. Returns true then.
bool MarkFailed(db::Connection& connection, std::int64_t id, std::string_view error, std::chrono::milliseconds retry_in,
                int max_attempts);
// Claimed but not attempted (the sender is stopping): due again at once, the attempt not counted.
void Release(db::Connection& connection, std::int64_t id);
// Deletes messages delivered more than 30 days ago; returns how many.
std::int64_t PurgeDelivered(db::Connection& connection);

// --- the back office's view of the outbox -------------------------------------------------------

enum class EmailStatus { kPending, kSent, kFailed };
inline constexpr std::string_view kEmailStatusNames[] = {"pending", "sent", "failed"};
std::optional<EmailStatus> ParseEmailStatus(std::string_view text);

// An email of the outbox as an admin sees it (without its bodies).
struct OutboxEmail {
  std::int64_t id = 0;
  std::string kind;
  std::string to_address;
  std::string subject;
  EmailStatus status = EmailStatus::kPending;
  int attempts = 0;
  std::optional<std::string> last_error;
  std::string created_at;
  std::optional<std::string> next_attempt_at;  // only while pending
  std::optional<std::string> sent_at;
};
nlohmann::json ToJson(const OutboxEmail& email);

// The emails of `status` (every one when nullopt), newest first.
Page<OutboxEmail> ListEmails(db::Connection& connection, std::optional<EmailStatus> status, std::int64_t limit,
                             std::int64_t offset);
std::optional<OutboxEmail> FindEmail(db::Connection& connection, std::int64_t id);
// Makes an unsent email pending again, due now, with its attempts reset to 0; nullopt when there
// is no such email or it was sent.
std::optional<OutboxEmail> Requeue(db::Connection& connection, std::int64_t id);

}  // namespace shop::mail

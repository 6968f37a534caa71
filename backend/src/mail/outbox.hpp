// The email outbox: a message is queued in the same transaction as the change that causes it,
// and the mail sender delivers it after the commit.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

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

// Claims up to `limit` unsent messages that are due, oldest first, skipping rows another sender
// holds (FOR UPDATE SKIP LOCKED). A claimed row counts one more attempt and is not due again for
// `lease`, so no other sender takes it while it is being sent.
std::vector<QueuedMessage> ClaimDue(db::Connection& connection, int limit, std::chrono::seconds lease);
// Delivered: never sent again.
void MarkSent(db::Connection& connection, std::int64_t id);
// Not delivered: tried again after `retry_in`, with `error` kept for the operator.
void MarkFailed(db::Connection& connection, std::int64_t id, std::string_view error, std::chrono::seconds retry_in);
// Claimed but not attempted (the sender is stopping): due again at once, the attempt not counted.
void Release(db::Connection& connection, std::int64_t id);
// Deletes messages delivered more than 30 days ago; returns how many.
std::int64_t PurgeDelivered(db::Connection& connection);

}  // namespace shop::mail

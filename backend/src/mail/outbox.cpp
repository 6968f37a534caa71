#include "mail/outbox.hpp"

#include <algorithm>

namespace shop::mail {
namespace {

constexpr db::Statement kEnqueue{
    "mail_enqueue",
    "INSERT INTO email_outbox (kind, to_address, subject, text_body, html_body) VALUES ($1, $2, $3, $4, $5)"};
constexpr db::Statement kClaimDue{
    "mail_claim_due",
    "WITH due AS (SELECT id FROM email_outbox WHERE sent_at IS NULL AND next_attempt_at <= now() "
    "             ORDER BY next_attempt_at, id LIMIT $1 FOR UPDATE SKIP LOCKED) "
    "UPDATE email_outbox o SET attempts = o.attempts + 1, next_attempt_at = now() + make_interval(secs => $2) "
    "FROM due WHERE o.id = due.id "
    "RETURNING o.id, o.kind, o.to_address, o.subject, o.text_body, o.html_body, o.attempts, "
    "(extract(epoch FROM o.created_at) * 1000000)::bigint AS created_at_us"};
constexpr db::Statement kMarkSent{"mail_mark_sent",
                                  "UPDATE email_outbox SET sent_at = now(), last_error = NULL WHERE id = $1"};
constexpr db::Statement kMarkFailed{
    "mail_mark_failed",
    "UPDATE email_outbox SET next_attempt_at = now() + make_interval(secs => $2), last_error = $3 WHERE id = $1"};
constexpr db::Statement kRelease{
    "mail_release",
    "UPDATE email_outbox SET next_attempt_at = now(), attempts = greatest(attempts - 1, 0) WHERE id = $1"};

}  // namespace

void Enqueue(db::Connection& connection, const Message& message) {
  const auto queued = EnqueueStatement(message);
  connection.Exec(queued.statement, queued.params);
}

db::Queued EnqueueStatement(const Message& message) {
  return {kEnqueue, {message.kind, message.to, message.subject, message.text_body, message.html_body}};
}

std::vector<QueuedMessage> ClaimDue(db::Connection& connection, int limit, std::chrono::seconds lease) {
  std::vector<QueuedMessage> claimed;
  for (const auto& row : connection.Exec(kClaimDue, {limit, static_cast<std::int64_t>(lease.count())})) {
    claimed.push_back(QueuedMessage{row.Int("id"),
                                    Message{row.String("kind"), row.String("to_address"), row.String("subject"),
                                            row.String("text_body"), row.String("html_body")},
                                    static_cast<int>(row.Int("attempts")), row.Int("created_at_us")});
  }
  // UPDATE ... RETURNING does not keep the subquery's order.
  std::sort(claimed.begin(), claimed.end(), [](const QueuedMessage& a, const QueuedMessage& b) { return a.id < b.id; });
  return claimed;
}

void MarkSent(db::Connection& connection, std::int64_t id) { connection.Exec(kMarkSent, {id}); }

void MarkFailed(db::Connection& connection, std::int64_t id, std::string_view error, std::chrono::seconds retry_in) {
  connection.Exec(kMarkFailed, {id, static_cast<std::int64_t>(retry_in.count()), error});
}

void Release(db::Connection& connection, std::int64_t id) { connection.Exec(kRelease, {id}); }

std::int64_t PurgeDelivered(db::Connection& connection) {
  static constexpr db::Statement kPurge{"mail_purge_delivered",
                                        "DELETE FROM email_outbox WHERE sent_at < now() - interval '30 days'"};
  return connection.Exec(kPurge).affected();
}

}  // namespace shop::mail

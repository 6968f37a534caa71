#include "mail/outbox.hpp"

#include <algorithm>

#include "http/json_or_null.hpp"

namespace shop::mail {
namespace {

constexpr db::Statement kEnqueue{
    "mail_enqueue",
    "INSERT INTO email_outbox (kind, to_address, subject, text_body, html_body) VALUES ($1, $2, $3, $4, $5)"};
constexpr db::Statement kClaimDue{
    "mail_claim_due",
    "WITH due AS (SELECT id FROM email_outbox WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= now() "
    "             ORDER BY next_attempt_at, id LIMIT $1 FOR UPDATE SKIP LOCKED) "
    "UPDATE email_outbox o SET attempts = o.attempts + 1, next_attempt_at = now() + make_interval(secs => $2) "
    "FROM due WHERE o.id = due.id "
    "RETURNING o.id, o.kind, o.to_address, o.subject, o.text_body, o.html_body, o.attempts, "
    "(extract(epoch FROM o.created_at) * 1000000)::bigint AS created_at_us"};
constexpr db::Statement kMarkSent{"mail_mark_sent",
                                  "UPDATE email_outbox SET sent_at = now(), last_error = NULL WHERE id = $1"};
constexpr db::Statement kMarkFailed{
    "mail_mark_failed",
    "UPDATE email_outbox SET next_attempt_at = now() + make_interval(secs => $2::float8 / 1000), last_error = $3, "
    "failed_at = CASE WHEN attempts >= $4 THEN now() END WHERE id = $1 RETURNING failed_at IS NOT NULL AS gave_up"};

// The admin's view of a row: its status, and when it is next tried only while it is pending.
constexpr std::string_view kStatusOf =
    "(CASE WHEN sent_at IS NOT NULL THEN 'sent' WHEN failed_at IS NOT NULL THEN 'failed' ELSE 'pending' END)";
constexpr std::string_view kEmailColumns =
    "id, kind, to_address, subject, attempts, last_error, created_at, sent_at, "
    "CASE WHEN sent_at IS NULL AND failed_at IS NULL THEN next_attempt_at END AS next_attempt_at, ";
// $1: a status name, or NULL for every email.
constexpr std::string_view kStatusFilter = " WHERE ($1::text IS NULL OR ";

const db::JoinedStatement kListEmails{"mail_list_emails",
                                      {"SELECT ", kEmailColumns, kStatusOf, " AS status FROM email_outbox",
                                       kStatusFilter, kStatusOf, " = $1) ORDER BY id DESC LIMIT $2 OFFSET $3"}};

const db::JoinedStatement kCountEmails{
    "mail_count_emails", {"SELECT count(*) AS total FROM email_outbox", kStatusFilter, kStatusOf, " = $1)"}};

const db::JoinedStatement kFindEmail{
    "mail_find_email", {"SELECT ", kEmailColumns, kStatusOf, " AS status FROM email_outbox WHERE id = $1"}};

const db::JoinedStatement kRequeue{"mail_requeue_email",
                                   {"UPDATE email_outbox SET attempts = 0, failed_at = NULL, next_attempt_at = now() "
                                    "WHERE id = $1 AND sent_at IS NULL RETURNING ",
                                    kEmailColumns, "'pending' AS status"}};

OutboxEmail EmailOf(const db::Row& row) {
  OutboxEmail email{.id = row.Int("id"),
                    .kind = row.String("kind"),
                    .to_address = row.String("to_address"),
                    .subject = row.String("subject"),
                    .status = row.Parsed("status", ParseEmailStatus),
                    .attempts = static_cast<int>(row.Int("attempts")),
                    .last_error = row.OptString("last_error"),
                    .created_at = row.Timestamp("created_at")};
  if (!row.IsNull("next_attempt_at")) email.next_attempt_at = row.Timestamp("next_attempt_at");
  if (!row.IsNull("sent_at")) email.sent_at = row.Timestamp("sent_at");
  return email;
}

std::optional<std::string> StatusParam(std::optional<EmailStatus> status) {
  if (!status) return std::nullopt;
  return std::string(kEmailStatusNames[static_cast<int>(*status)]);
}

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

bool MarkFailed(db::Connection& connection, std::int64_t id, std::string_view error, std::chrono::milliseconds retry_in,
                int max_attempts) {
  const auto result =
      connection.Exec(kMarkFailed, {id, static_cast<std::int64_t>(retry_in.count()), error, max_attempts});
  return !result.empty() && result.front().Bool("gave_up");
}

void Release(db::Connection& connection, std::int64_t id) { connection.Exec(kRelease, {id}); }

std::int64_t PurgeDelivered(db::Connection& connection) {
  static constexpr db::Statement kPurge{"mail_purge_delivered",
                                        "DELETE FROM email_outbox WHERE sent_at < now() - interval '30 days'"};
  return connection.Exec(kPurge).affected();
}

std::optional<EmailStatus> ParseEmailStatus(std::string_view text) {
  for (std::size_t i = 0; i < std::size(kEmailStatusNames); ++i) {
    if (kEmailStatusNames[i] == text) return static_cast<EmailStatus>(i);
  }
  return std::nullopt;
}

nlohmann::json ToJson(const OutboxEmail& email) {
  return {{"id", email.id},
          {"kind", email.kind},
          {"to_address", email.to_address},
          {"subject", email.subject},
          {"status", kEmailStatusNames[static_cast<int>(email.status)]},
          {"attempts", email.attempts},
          {"last_error", http::OrNull(email.last_error)},
          {"created_at", email.created_at},
          {"next_attempt_at", http::OrNull(email.next_attempt_at)},
          {"sent_at", http::OrNull(email.sent_at)}};
}

Page<OutboxEmail> ListEmails(db::Connection& connection, std::optional<EmailStatus> status, std::int64_t limit,
                             std::int64_t offset) {
  Page<OutboxEmail> page;
  page.total = connection.Exec(kCountEmails, {StatusParam(status)}).front().Int("total");
  if (offset >= page.total) return page;
  for (const auto& row : connection.Exec(kListEmails, {StatusParam(status), limit, offset})) {
    page.items.push_back(EmailOf(row));
  }
  return page;
}

std::optional<OutboxEmail> FindEmail(db::Connection& connection, std::int64_t id) {
  return connection.Exec(kFindEmail, {id}).First(EmailOf);
}

std::optional<OutboxEmail> Requeue(db::Connection& connection, std::int64_t id) {
  return connection.Exec(kRequeue, {id}).First(EmailOf);
}

}  // namespace shop::mail

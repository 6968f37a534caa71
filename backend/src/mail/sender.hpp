// The mail sender: a background thread that delivers the outbox, over SMTP (libcurl) or, when no
// SMTP host is configured, as .eml files in the mail folder. Failures are retried with
// exponential backoff; a message is marked sent only once delivered, and failed (a dead letter the
// back office lists and may retry) after its last allowed attempt.
#pragma once

#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "common/errors.hpp"
#include "common/worker_thread.hpp"
#include "db/connection.hpp"
#include "mail/outbox.hpp"

namespace shop::mail {

struct SmtpServer {
  std::string host;
  int port = 587;
  std::string user;  // empty: no login
  std::string password;
  bool implicit_tls = false;  // smtps://, TLS from the first byte (SMTP_TLS=tls)
  bool require_tls = true;    // refuse to send in clear text (SMTP_TLS=starttls or tls)
};

struct SenderOptions {
  std::string from;                // SMTP_FROM: MAIL FROM and the From header
  std::optional<SmtpServer> smtp;  // nullopt: write .eml files to mail_dir instead
  std::filesystem::path mail_dir;
  std::chrono::milliseconds poll_interval{250};
  int max_attempts = 16;                        // MAIL_MAX_ATTEMPTS
  std::chrono::milliseconds retry_delay{1000};  // MAIL_RETRY_DELAY_MS: after the first failed attempt
};

// How long to wait after the `attempts`-th failed attempt: `base`, twice that, four times ... at
// most an hour.
std::chrono::milliseconds RetryDelay(int attempts, std::chrono::milliseconds base = std::chrono::seconds(1));

// Where rendered messages go. Deliver returns an error (kUnavailable) with the reason on failure.
class Transport {
 public:
  virtual ~Transport() = default;
  virtual Status Deliver(const QueuedMessage& queued, const std::string& rfc5322) = 0;
};

class MailSender {
 public:
  // The sender keeps its own connection to `database_url`, so a busy request pool never holds
  // up the mail, and the mail never takes a connection from requests.
  MailSender(std::string database_url, SenderOptions options);

  // Starts the background thread.
  void Start();
  // Stops it: a send in progress is cut short (and retried later), claimed messages not yet
  // tried are handed back. Returns once the thread has ended.
  void Stop() { worker_.Stop(); }

 private:
  // Delivers a batch, logging an outage; returns when the next is due (at once when the batch
  // was full: more may be waiting).
  WorkerThread::Clock::time_point Pass();
  // Delivers one batch of due messages; returns how many were claimed.
  std::size_t DeliverDue();
  void Deliver(const QueuedMessage& queued);
  // The sender's connection, (re)opened when needed. Throws db::Unavailable.
  db::Connection& Database();

  const std::string database_url_;
  std::unique_ptr<db::Connection> connection_;  // only the sender thread touches it
  const SenderOptions options_;
  std::unique_ptr<Transport> transport_;
  bool database_down_ = false;  // only the sender thread touches it
  WorkerThread worker_;         // last: it stops before the members its passes use go
};

}  // namespace shop::mail

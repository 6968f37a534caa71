// The account mailer: turns asks for a password reset or a new verification link into emails.
// forgot-password and resend-verification only record the ask (account_mail_requests), the same
// work and the same answer for every address, so that neither tells whether an account exists.
// This background thread decides afterwards whether the address gets a link and queues the email
// (mail/outbox) in the same transaction that marks the ask done, so an ask is mailed once.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "auth/user.hpp"
#include "common/worker_thread.hpp"
#include "db/pool.hpp"

namespace shop::auth {

inline constexpr std::string_view kVerifyEmail = "verify_email";
inline constexpr std::string_view kResetPassword = "reset_password";
// kVerifyEmail or kResetPassword when `text` names it, or nullopt.
std::optional<std::string_view> ParsePurpose(std::string_view text);
inline constexpr std::int64_t kVerifyEmailSeconds = 24 * 3600;
inline constexpr std::int64_t kResetPasswordSeconds = 3600;

// Records an ask of `purpose` (kVerifyEmail or kResetPassword) for `email`; the account mailer
// handles it. Runs the one same statement whatever the address.
void RecordMailRequest(db::Connection& connection, std::string_view purpose, std::string_view email);

// Creates a verification link for `user` and queues the email that carries it (in the caller's
// transaction). `frontend_url` is the base of the link.
void QueueVerificationEmail(db::Connection& connection, const User& user, std::string_view frontend_url);
// The same for a password reset link.
void QueuePasswordResetEmail(db::Connection& connection, const User& user, std::string_view frontend_url);

class AccountMailer {
 public:
  // `poll` is how often asks recorded by another instance (or left by a crash) are looked for;
  // this instance's own asks are handled at once (Wake).
  AccountMailer(db::Pool& pool, std::string frontend_url, std::chrono::milliseconds poll = std::chrono::seconds(5))
      : pool_(pool), frontend_url_(std::move(frontend_url)), poll_(poll) {}

  void Start();
  // Returns once the thread has ended; the batch in progress finishes first.
  void Stop() { worker_.Stop(); }
  // Asks for a pass soon; call after committing an ask. Cheap, never blocks on the database.
  void Wake() { worker_.Wake(); }

  // Handles every pending ask: an active account gets a reset link, an active unverified one a
  // verification link, any other address nothing. Returns how many asks were handled; throws
  // db::Unavailable when the database cannot be reached (the asks stay pending).
  int ProcessPending();

 private:
  // ProcessPending, logging an outage (the next pass tries again); returns when the next is due.
  WorkerThread::Clock::time_point Pass();

  db::Pool& pool_;
  const std::string frontend_url_;
  const std::chrono::milliseconds poll_;
  WorkerThread worker_;  // last: it stops before the members its passes use go
};

}  // namespace shop::auth

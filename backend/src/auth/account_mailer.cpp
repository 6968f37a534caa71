#include "auth/account_mailer.hpp"

#include "auth/auth_store.hpp"
#include "auth/jwt.hpp"
#include "common/crypto.hpp"
#include "common/log.hpp"
#include "mail/compose.hpp"
#include "mail/outbox.hpp"

namespace shop::auth {
namespace {

constexpr std::size_t kEmailTokenBytes = 32;  // 256 random bits
constexpr int kBatch = 20;

constexpr db::Statement kRecordRequest{"auth_record_mail_request",
                                       "INSERT INTO account_mail_requests (purpose, email) VALUES ($1, $2)"};
constexpr db::Statement kClaimRequests{
    "auth_claim_mail_requests",
    "SELECT id, purpose, email FROM account_mail_requests WHERE processed_at IS NULL ORDER BY id LIMIT $1 "
    "FOR UPDATE SKIP LOCKED"};
constexpr db::Statement kMarkProcessed{"auth_mark_mail_request_processed",
                                       "UPDATE account_mail_requests SET processed_at = now() WHERE id = $1"};

// Whether the ask of `purpose` earns the account of its address an email.
bool Deserves(std::string_view purpose, const User& user) {
  if (!user.is_active) return false;
  return purpose == kResetPassword || !user.is_verified;
}

}  // namespace

std::optional<std::string_view> ParsePurpose(std::string_view text) {
  for (const auto purpose : {kVerifyEmail, kResetPassword}) {
    if (purpose == text) return purpose;
  }
  return std::nullopt;
}

void RecordMailRequest(db::Connection& connection, std::string_view purpose, std::string_view email) {
  connection.Exec(kRecordRequest, {purpose, email});
}

void QueueVerificationEmail(db::Connection& connection, const User& user, std::string_view frontend_url) {
  const std::string token = crypto::RandomToken(kEmailTokenBytes);
  store::InsertUserToken(connection, user.id, kVerifyEmail, crypto::Sha256(token), NowSeconds() + kVerifyEmailSeconds);
  const std::string shop(mail::kShopName);
  mail::Enqueue(
      connection,
      mail::Compose(std::string(kVerifyEmail), user.email, "Verify your email address",
                    "Welcome, " + user.full_name + "!",
                    {"Thank you for creating an account at " + shop +
                         ". Please confirm that this address is yours, so you can sign in.",
                     "The link is valid for 24 hours. If you did not create an account, ignore this email."},
                    mail::Action{"Verify your email", std::string(frontend_url) + "/verify-email?token=" + token}));
}

void QueuePasswordResetEmail(db::Connection& connection, const User& user, std::string_view frontend_url) {
  const std::string token = crypto::RandomToken(kEmailTokenBytes);
  store::InsertUserToken(connection, user.id, kResetPassword, crypto::Sha256(token),
                         NowSeconds() + kResetPasswordSeconds);
  mail::Enqueue(
      connection,
      mail::Compose(
          std::string(kResetPassword), user.email, "Reset your password", "Hello " + user.full_name + ",",
          {"Someone asked to reset the password of your account. If it was you, choose a new "
           "password with the link below. It is valid for one hour and works once.",
           "If you did not ask for this, ignore this email: your password stays as it is."},
          mail::Action{"Choose a new password", std::string(frontend_url) + "/reset-password?token=" + token}));
}

void AccountMailer::Start() {
  worker_.Start([this] { return Pass(); });
}

int AccountMailer::ProcessPending() {
  int handled = 0;
  while (true) {
    auto lease = pool_.Acquire();
    db::Transaction tx(*lease);
    const auto rows = lease->Exec(kClaimRequests, {kBatch});
    for (const auto& row : rows) {
      const std::string_view purpose = row.Parsed("purpose", ParsePurpose);
      const auto credentials = store::FindCredentialsByEmail(*lease, row.String("email"));
      if (credentials && Deserves(purpose, credentials->user)) {
        if (purpose == kResetPassword) {
          QueuePasswordResetEmail(*lease, credentials->user, frontend_url_);
        } else {
          QueueVerificationEmail(*lease, credentials->user, frontend_url_);
        }
      }
      lease->Exec(kMarkProcessed, {row.Int("id")});
    }
    tx.Commit();
    handled += rows.size();
    if (rows.size() < kBatch) return handled;
  }
}

WorkerThread::Clock::time_point AccountMailer::Pass() {
  try {
    ProcessPending();
  } catch (const std::exception& e) {
    log::Warn("account mail requests not handled; trying again", {{"error", e.what()}});
  }
  return WorkerThread::Clock::now() + poll_;
}

}  // namespace shop::auth

// The email outbox: a message is queued in the same transaction as the change that causes it,
// and the mail sender delivers it after the commit.
#pragma once

#include <string>

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

}  // namespace shop::mail

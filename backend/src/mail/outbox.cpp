#include "mail/outbox.hpp"

namespace shop::mail {
namespace {

constexpr db::Statement kEnqueue{
    "mail_enqueue",
    "INSERT INTO email_outbox (kind, to_address, subject, text_body, html_body) VALUES ($1, $2, $3, $4, $5)"};

}  // namespace

void Enqueue(db::Connection& connection, const Message& message) {
  connection.Exec(kEnqueue, {message.kind, message.to, message.subject, message.text_body, message.html_body});
}

}  // namespace shop::mail

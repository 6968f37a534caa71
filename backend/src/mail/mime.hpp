// Renders an outbox message as the RFC 5322 text that goes out: over SMTP, and into the .eml
// files of the mail folder, byte for byte the same.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "mail/outbox.hpp"

namespace shop::mail {

struct Envelope {
  std::string from;        // the sender's address (SMTP_FROM)
  std::string message_id;  // "<...@...>", the same on every attempt to send one message
  std::int64_t date = 0;   // seconds since the epoch, for the Date header
};

// Headers (Date, Message-ID, From, To, Subject, MIME-Version) and a multipart/alternative body
// with a text/plain part (7bit or 8bit, so links stay whole and greppable) and a text/html part
// (base64). Lines end in CRLF and stay within 998 bytes.
std::string RenderMessage(const Message& message, const Envelope& envelope);

// "Wed, 25 Nov 2026 10:00:00 +0000"
std::string FormatDate(std::int64_t seconds_since_epoch);

// The text as a header value: as-is when it is printable ASCII, otherwise RFC 2047 encoded words.
std::string EncodeHeaderText(std::string_view text);

// The domain of an email address ("localhost" when it has none), for Message-IDs.
std::string DomainOf(std::string_view address);

}  // namespace shop::mail

#include "mail/mime.hpp"

#include <gtest/gtest.h>

#include "mail/compose.hpp"
#include "mail/sender.hpp"

namespace shop::mail {
namespace {

const Envelope kEnvelope{"shop@harbor.test", "<42.1@harbor.test>", 1795600000};

Message Verification(const std::string& name = "Ada") {
  return Compose("verify_email", "ada@example.com", "Verify your email", "Welcome, " + name + "!",
                 {"Please confirm your address."},
                 Action{"Verify your email", "http://shop.test/verify-email?token=AbC-dEf_123"});
}

// The text between the first blank line after `marker` and the next boundary line.
std::string PartAfter(const std::string& message, const std::string& marker) {
  const auto start = message.find("\r\n\r\n", message.find(marker)) + 4;
  return message.substr(start, message.find("\r\n--=_part_", start) - start);
}

TEST(Mime, HasTheHeadersOfAnRfc5322Message) {
  const std::string message = RenderMessage(Verification(), kEnvelope);
  EXPECT_TRUE(message.starts_with("Date: Wed, 25 Nov 2026 09:46:40 +0000\r\n")) << message.substr(0, 60);
  EXPECT_NE(message.find("\r\nMessage-ID: <42.1@harbor.test>\r\n"), std::string::npos);
  EXPECT_NE(message.find("\r\nFrom: \"Harbor Goods\" <shop@harbor.test>\r\n"), std::string::npos);
  EXPECT_NE(message.find("\r\nTo: <ada@example.com>\r\n"), std::string::npos);
  EXPECT_NE(message.find("\r\nSubject: Verify your email | Harbor Goods\r\n"), std::string::npos);
  EXPECT_NE(message.find("\r\nMIME-Version: 1.0\r\n"), std::string::npos);
  EXPECT_NE(message.find("\r\nContent-Type: multipart/alternative; boundary=\"=_part_"), std::string::npos);
}

TEST(Mime, KeepsTheLinkWholeInThePlainTextPart) {
  const std::string message = RenderMessage(Verification(), kEnvelope);
  EXPECT_NE(message.find("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 7bit\r\n"),
            std::string::npos);
  EXPECT_NE(message.find("\r\nhttp://shop.test/verify-email?token=AbC-dEf_123\r\n"), std::string::npos);
  EXPECT_NE(message.find("Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n"),
            std::string::npos);
  EXPECT_TRUE(message.ends_with("--\r\n"));
}

TEST(Mime, UsesCrlfAndShortLinesOnly) {
  const std::string message = RenderMessage(Verification(), kEnvelope);
  std::size_t start = 0;
  while (start < message.size()) {
    const auto end = message.find("\r\n", start);
    ASSERT_NE(end, std::string::npos) << "the message ends with CRLF";
    EXPECT_LE(end - start, 998u);
    EXPECT_EQ(message.substr(start, end - start).find('\n'), std::string::npos) << "no bare LF";
    start = end + 2;
  }
}

TEST(Mime, SendsUtf8TextAs8bitAndEncodesNonAsciiSubjects) {
  Message message = Verification("José");
  message.subject = "Bestätigung | Harbor Goods";
  const std::string rendered = RenderMessage(message, kEnvelope);
  EXPECT_NE(rendered.find("Content-Transfer-Encoding: 8bit"), std::string::npos);
  EXPECT_NE(rendered.find("Welcome, José!"), std::string::npos);
  EXPECT_NE(rendered.find("Subject: =?UTF-8?B?"), std::string::npos);
  EXPECT_EQ(EncodeHeaderText("Plain | Harbor Goods"), "Plain | Harbor Goods");
  EXPECT_EQ(EncodeHeaderText("ü"), "=?UTF-8?B?w7w=?=");
}

TEST(Mime, HeaderValuesCannotStartNewHeaders) {
  Message message = Verification();
  message.subject = "Hello\r\nBcc: victim@example.com";
  message.to = "ada@example.com\r\nBcc: victim@example.com";
  const std::string rendered = RenderMessage(message, kEnvelope);
  EXPECT_EQ(rendered.find("\r\nBcc:"), std::string::npos);
}

TEST(Mime, FallsBackToBase64ForOverlongTextLines) {
  Message message = Verification();
  message.text_body = std::string(2000, 'a');
  const std::string rendered = RenderMessage(message, kEnvelope);
  EXPECT_NE(rendered.find("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64"),
            std::string::npos);
}

TEST(Mime, IsTheSameMessageOnEveryAttempt) {
  EXPECT_EQ(RenderMessage(Verification(), kEnvelope), RenderMessage(Verification(), kEnvelope));
  EXPECT_EQ(PartAfter(RenderMessage(Verification(), kEnvelope), "text/plain").substr(0, 15), "Welcome, Ada!\r\n");
}

TEST(Mime, FormatsDatesAndDomains) {
  EXPECT_EQ(FormatDate(0), "Thu, 01 Jan 1970 00:00:00 +0000");
  EXPECT_EQ(DomainOf("shop@harbor.test"), "harbor.test");
  EXPECT_EQ(DomainOf("nobody"), "localhost");
}

TEST(MailSender, RetriesWithExponentialBackoffUpToAnHour) {
  using std::chrono::seconds;
  EXPECT_EQ(RetryDelay(1), seconds(1));
  EXPECT_EQ(RetryDelay(2), seconds(2));
  EXPECT_EQ(RetryDelay(3), seconds(4));
  EXPECT_EQ(RetryDelay(10), seconds(512));
  EXPECT_EQ(RetryDelay(13), seconds(3600));
  EXPECT_EQ(RetryDelay(1000), seconds(3600));
}

TEST(MailSender, BackoffStartsFromTheConfiguredDelay) {
  using std::chrono::milliseconds;
  EXPECT_EQ(RetryDelay(1, milliseconds(20)), milliseconds(20));
  EXPECT_EQ(RetryDelay(4, milliseconds(20)), milliseconds(160));
  EXPECT_EQ(RetryDelay(1, std::chrono::hours(5)), std::chrono::hours(1));
}

}  // namespace
}  // namespace shop::mail

// A real SMTP server for API tests, on a loopback port: it speaks EHLO/HELO, AUTH PLAIN, MAIL,
// RCPT, DATA, RSET, NOOP and QUIT, and keeps every message it receives, so a test can read the email the
// shop sent and take the token out of its link.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace shop::testing {

struct ReceivedMail {
  std::string mail_from;             // the address of MAIL FROM, without <>
  std::vector<std::string> rcpt_to;  // the addresses of RCPT TO
  std::string data;                  // the message as sent, dot-stuffing undone, CRLF line ends
  std::string auth_user;             // who logged in with AUTH PLAIN ("" when nobody did)
  std::string auth_password;
};

class SmtpSink {
 public:
  // Listens on 127.0.0.1:`port` (0: a free port of the system's choice).
  explicit SmtpSink(int port = 0);
  ~SmtpSink();
  SmtpSink(const SmtpSink&) = delete;
  SmtpSink& operator=(const SmtpSink&) = delete;

  int port() const { return port_; }
  // Every message received so far with `address` among its recipients, in order of arrival.
  std::vector<ReceivedMail> MessagesTo(const std::string& address) const;
  // Waits until at least `count` messages to `address` have arrived; returns them all (fewer
  // when the time ran out).
  std::vector<ReceivedMail> WaitForMessages(const std::string& address, std::size_t count = 1,
                                            std::chrono::milliseconds timeout = std::chrono::seconds(15)) const;

 private:
  void AcceptLoop();
  void Session(int fd);

  int listen_fd_ = -1;
  int port_ = 0;
  std::atomic<bool> stopping_{false};
  mutable std::mutex mutex_;
  mutable std::condition_variable arrived_;
  std::vector<ReceivedMail> messages_;
  std::vector<std::thread> sessions_;
  std::thread acceptor_;
};

// The parts of a message the shop sends: its headers (names lower-cased) and the decoded
// text/plain and text/html parts of its multipart/alternative body.
struct ParsedMail {
  std::map<std::string, std::string> headers;
  std::string text;
  std::string html;
  std::string text_transfer_encoding;
};
ParsedMail ParseMail(const std::string& data);

// The token of the first link in `text` that contains `path` + "?token=" ("" when none).
std::string TokenFromLink(const std::string& text, const std::string& path);

}  // namespace shop::testing

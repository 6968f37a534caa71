// A real SMTP server for API tests, on a loopback port: it speaks EHLO/HELO, AUTH PLAIN, MAIL,
// RCPT, DATA, RSET, NOOP and QUIT, and keeps every message it receives, so a test can read the email the
// shop sent and take the token out of its link. For fault tests it can go down and come back on
// the same port, and refuse chosen recipients for good (550).
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <optional>
#include <set>
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
  // Stops listening and ends every session: a message whose end of data was not yet answered is
  // not kept (the client was never told it was accepted). Connections are refused until Start().
  void Stop();
  // Listens again, on the same port.
  void Start();
  // Answers RCPT TO `address` with 550 from now on, as a server that will never take it.
  void RefuseRecipient(const std::string& address);
  // Every message received so far, in order of arrival.
  std::vector<ReceivedMail> Messages() const;
  // Every message received so far with `address` among its recipients, in order of arrival.
  std::vector<ReceivedMail> MessagesTo(const std::string& address) const;
  // Waits until at least `count` messages to `address` have arrived; returns them all (fewer
  // when the time ran out).
  std::vector<ReceivedMail> WaitForMessages(const std::string& address, std::size_t count = 1,
                                            std::chrono::milliseconds timeout = std::chrono::seconds(15)) const;

 private:
  void Listen(int port);
  void AcceptLoop();
  void Session(int fd);
  bool Refuses(const std::string& address) const;

  int listen_fd_ = -1;
  int port_ = 0;
  std::atomic<bool> stopping_{false};
  mutable std::mutex mutex_;
  mutable std::condition_variable arrived_;
  std::vector<ReceivedMail> messages_;
  std::set<std::string> refused_;
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

// The environment of a TestServer whose mail goes to `sink` over plain SMTP, with `extra` added.
std::map<std::string, std::string> SmtpEnv(const SmtpSink& sink, std::map<std::string, std::string> extra = {});

// The token of the first link in `text` that contains `path` + "?token=" ("" when none).
std::string TokenFromLink(const std::string& text, const std::string& path);

}  // namespace shop::testing

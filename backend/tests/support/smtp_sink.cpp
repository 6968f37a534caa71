#include "support/smtp_sink.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <openssl/evp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <stdexcept>

namespace shop::testing {
namespace {

// The address inside "FROM:<a@b>" or "TO:<a@b> SIZE=..".
std::string AngleAddress(const std::string& argument) {
  const auto open = argument.find('<');
  const auto close = argument.find('>', open == std::string::npos ? 0 : open);
  if (open == std::string::npos || close == std::string::npos) return "";
  return argument.substr(open + 1, close - open - 1);
}

std::string Upper(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), ::toupper);
  return text;
}

std::string Lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), ::tolower);
  return text;
}

std::string DecodeBase64(const std::string& text) {
  std::string compact;
  std::copy_if(text.begin(), text.end(), std::back_inserter(compact), [](char c) { return !std::isspace(c); });
  std::string out(compact.size(), '\0');
  const int length =
      EVP_DecodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                      reinterpret_cast<const unsigned char*>(compact.data()), static_cast<int>(compact.size()));
  if (length < 0) return "";
  std::size_t size = static_cast<std::size_t>(length);
  if (compact.ends_with("==")) {
    size -= 2;
  } else if (compact.ends_with("=")) {
    size -= 1;
  }
  out.resize(size);
  return out;
}

// Header block (unfolded, names lower-cased) and body of a MIME entity.
std::pair<std::map<std::string, std::string>, std::string> SplitEntity(const std::string& entity) {
  std::map<std::string, std::string> headers;
  const auto end = entity.find("\r\n\r\n");
  const std::string block = entity.substr(0, end);
  std::string body = end == std::string::npos ? "" : entity.substr(end + 4);
  std::string name;
  std::size_t start = 0;
  while (start < block.size()) {
    const auto line_end = std::min(block.find("\r\n", start), block.size());
    const std::string line = block.substr(start, line_end - start);
    if (!line.empty() && (line[0] == ' ' || line[0] == '\t')) {
      if (!name.empty()) headers[name] += line;
    } else if (const auto colon = line.find(':'); colon != std::string::npos) {
      name = Lower(line.substr(0, colon));
      std::string value = line.substr(colon + 1);
      value.erase(0, value.find_first_not_of(' '));
      headers[name] = value;
    }
    start = line_end + 2;
  }
  return {headers, body};
}

}  // namespace

SmtpSink::SmtpSink(int port) { Listen(port); }

SmtpSink::~SmtpSink() { Stop(); }

void SmtpSink::Listen(int port) {
  // Close-on-exec: a shop-api the test starts later must not inherit the socket and keep the port
  // listening after Stop().
  listen_fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (listen_fd_ < 0) throw std::runtime_error("SmtpSink: socket failed");
  const int yes = 1;
  ::setsockopt(listen_fd_, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  address.sin_port = htons(static_cast<std::uint16_t>(port));
  if (::bind(listen_fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 || ::listen(listen_fd_, 16) != 0) {
    const int error = errno;
    ::close(listen_fd_);
    errno = error;
    listen_fd_ = -1;
    throw std::runtime_error("SmtpSink: cannot listen on port " + std::to_string(port) + ": " + std::strerror(errno));
  }
  socklen_t length = sizeof address;
  ::getsockname(listen_fd_, reinterpret_cast<sockaddr*>(&address), &length);
  port_ = ntohs(address.sin_port);
  stopping_ = false;
  acceptor_ = std::thread([this] { AcceptLoop(); });
}

void SmtpSink::Stop() {
  if (listen_fd_ < 0) return;
  stopping_ = true;
  if (acceptor_.joinable()) acceptor_.join();
  for (auto& session : sessions_) session.join();
  sessions_.clear();
  ::close(listen_fd_);
  listen_fd_ = -1;
}

void SmtpSink::Start() {
  if (listen_fd_ < 0) Listen(port_);
}

void SmtpSink::RefuseRecipient(const std::string& address) {
  std::lock_guard lock(mutex_);
  refused_.insert(address);
}

bool SmtpSink::Refuses(const std::string& address) const {
  std::lock_guard lock(mutex_);
  return refused_.contains(address);
}

std::vector<ReceivedMail> SmtpSink::Messages() const {
  std::lock_guard lock(mutex_);
  return messages_;
}

void SmtpSink::AcceptLoop() {
  while (!stopping_) {
    pollfd waiting{listen_fd_, POLLIN, 0};
    if (::poll(&waiting, 1, 50) <= 0) continue;
    const int fd = ::accept4(listen_fd_, nullptr, nullptr, SOCK_CLOEXEC);
    if (fd < 0) continue;
    sessions_.emplace_back([this, fd] { Session(fd); });
  }
}

void SmtpSink::Session(int fd) {
  std::string buffer;
  const auto send = [fd](const std::string& reply) { (void)::send(fd, reply.data(), reply.size(), MSG_NOSIGNAL); };
  // The next CRLF-terminated line, or nullopt when the client left or the sink stops.
  const auto read_line = [&]() -> std::optional<std::string> {
    while (true) {
      if (const auto end = buffer.find("\r\n"); end != std::string::npos) {
        std::string line = buffer.substr(0, end);
        buffer.erase(0, end + 2);
        return line;
      }
      if (stopping_) return std::nullopt;
      pollfd readable{fd, POLLIN, 0};
      if (::poll(&readable, 1, 50) <= 0) continue;
      char chunk[4096];
      const auto got = ::recv(fd, chunk, sizeof chunk, 0);
      if (got <= 0) return std::nullopt;
      buffer.append(chunk, static_cast<std::size_t>(got));
    }
  };

  send("220 sink.test ESMTP test sink\r\n");
  ReceivedMail mail;
  std::string user;
  std::string password;
  while (auto line = read_line()) {
    const std::string verb = Upper(line->substr(0, line->find(' ')));
    const std::string argument = line->size() > verb.size() ? line->substr(verb.size() + 1) : "";
    if (verb == "EHLO") {
      send("250-sink.test\r\n250-8BITMIME\r\n250-AUTH PLAIN\r\n250 SIZE 10485760\r\n");
    } else if (verb == "HELO") {
      send("250 sink.test\r\n");
    } else if (verb == "AUTH") {
      // PLAIN: base64 of "\0user\0password", on the AUTH line or after a 334 challenge.
      std::string response = argument.size() > 6 ? argument.substr(6) : "";
      if (response.empty()) {
        send("334 \r\n");
        auto next = read_line();
        if (!next) break;
        response = *next;
      }
      const std::string decoded = DecodeBase64(response);
      const auto first = decoded.find('\0');
      const auto second = first == std::string::npos ? first : decoded.find('\0', first + 1);
      if (second == std::string::npos) {
        send("501 Malformed AUTH PLAIN\r\n");
        continue;
      }
      user = decoded.substr(first + 1, second - first - 1);
      password = decoded.substr(second + 1);
      send("235 Authentication successful\r\n");
    } else if (verb == "MAIL") {
      mail = ReceivedMail{AngleAddress(argument), {}, "", user, password};
      send("250 OK\r\n");
    } else if (verb == "RCPT") {
      const std::string address = AngleAddress(argument);
      if (Refuses(address)) {
        send("550 5.1.1 No such user here\r\n");
        continue;
      }
      mail.rcpt_to.push_back(address);
      send("250 OK\r\n");
    } else if (verb == "DATA" && mail.rcpt_to.empty()) {
      send("554 No valid recipients\r\n");
    } else if (verb == "DATA") {
      send("354 End data with <CR><LF>.<CR><LF>\r\n");
      std::string data;
      bool complete = false;
      while (auto data_line = read_line()) {
        if (*data_line == ".") {
          complete = true;
          break;
        }
        data += (data_line->starts_with('.') ? data_line->substr(1) : *data_line) + "\r\n";
      }
      if (!complete || stopping_) break;
      mail.data = std::move(data);
      {
        std::lock_guard lock(mutex_);
        messages_.push_back(mail);
      }
      arrived_.notify_all();
      send("250 OK: queued\r\n");
    } else if (verb == "RSET") {
      mail = ReceivedMail{};
      send("250 OK\r\n");
    } else if (verb == "NOOP") {
      send("250 OK\r\n");
    } else if (verb == "QUIT") {
      send("221 Bye\r\n");
      break;
    } else {
      send("502 Command not implemented\r\n");
    }
  }
  ::close(fd);
}

std::vector<ReceivedMail> SmtpSink::MessagesTo(const std::string& address) const {
  std::lock_guard lock(mutex_);
  std::vector<ReceivedMail> found;
  for (const auto& mail : messages_) {
    if (std::find(mail.rcpt_to.begin(), mail.rcpt_to.end(), address) != mail.rcpt_to.end()) found.push_back(mail);
  }
  return found;
}

std::vector<ReceivedMail> SmtpSink::WaitForMessages(const std::string& address, std::size_t count,
                                                    std::chrono::milliseconds timeout) const {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (true) {
    auto found = MessagesTo(address);
    if (found.size() >= count || std::chrono::steady_clock::now() >= deadline) return found;
    std::unique_lock lock(mutex_);
    arrived_.wait_for(lock, std::chrono::milliseconds(50));
  }
}

ParsedMail ParseMail(const std::string& data) {
  ParsedMail parsed;
  auto [headers, body] = SplitEntity(data);
  parsed.headers = headers;
  const std::string content_type = headers["content-type"];
  const auto key = content_type.find("boundary=\"");
  if (key == std::string::npos) return parsed;
  const auto start = key + 10;
  const std::string boundary = "--" + content_type.substr(start, content_type.find('"', start) - start);
  std::size_t position = body.find(boundary);
  while (position != std::string::npos) {
    const auto part_start = position + boundary.size();
    if (body.compare(part_start, 2, "--") == 0) break;
    const auto next = body.find("\r\n" + boundary, part_start);
    if (next == std::string::npos) break;
    auto [part_headers, part_body] = SplitEntity(body.substr(part_start + 2, next - part_start - 2));
    const std::string encoding = Lower(part_headers["content-transfer-encoding"]);
    const std::string decoded = encoding == "base64" ? DecodeBase64(part_body) : part_body;
    if (part_headers["content-type"].starts_with("text/plain")) {
      parsed.text = decoded;
      parsed.text_transfer_encoding = encoding;
    } else if (part_headers["content-type"].starts_with("text/html")) {
      parsed.html = decoded;
    }
    position = next + 2;
  }
  return parsed;
}

std::string TokenFromLink(const std::string& text, const std::string& path) {
  const std::string marker = path + "?token=";
  const auto found = text.find(marker);
  if (found == std::string::npos) return "";
  const auto start = found + marker.size();
  auto end = start;
  while (end < text.size() &&
         (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '-' || text[end] == '_')) {
    ++end;
  }
  return text.substr(start, end - start);
}

std::map<std::string, std::string> SmtpEnv(const SmtpSink& sink, std::map<std::string, std::string> extra) {
  extra.emplace("SMTP_HOST", "127.0.0.1");
  extra.emplace("SMTP_PORT", std::to_string(sink.port()));
  extra.emplace("SMTP_TLS", "none");
  return extra;
}

}  // namespace shop::testing

// Raw HTTP/1.1 over a loopback socket, for what libcurl hides or will not do: repeated header
// lines, a declared body that never comes, connections left idle or fed a byte at a time.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace shop::testing {

struct RawResponse {
  int status = 0;
  std::vector<std::pair<std::string, std::string>> headers;  // names lower-cased, in order
  std::string body;
  // How many header lines have this (lower-case) name.
  int Count(std::string_view name) const;
  // The value of the first header line of this name, or "".
  std::string Header(std::string_view name) const;
};

class RawConnection {
 public:
  // Connects to 127.0.0.1:`port`; throws std::runtime_error when it cannot.
  explicit RawConnection(int port);
  ~RawConnection();
  RawConnection(const RawConnection&) = delete;
  RawConnection& operator=(const RawConnection&) = delete;

  // Sends the bytes; false when the server has closed the connection.
  bool Send(std::string_view bytes);
  // Reads one response (headers, then Content-Length bytes of body, or up to the close when it has
  // none); nullopt when the connection closed or `timeout` passed first.
  std::optional<RawResponse> ReadResponse(std::chrono::seconds timeout = std::chrono::seconds(30));
  // True when the server closes the connection (or resets it) within `timeout`.
  bool ClosedByServer(std::chrono::seconds timeout);

 private:
  // Appends what arrives within `timeout` to buffer_; false on close, error or timeout.
  bool ReadMore(std::chrono::milliseconds timeout);
  int fd_ = -1;
  std::string buffer_;
};

// Sends `request` on a new connection and reads the response.
std::optional<RawResponse> RawExchange(int port, std::string_view request);

}  // namespace shop::testing

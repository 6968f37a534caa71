// The socket the HTTP server reads through: a TCP socket whose incoming bytes pass a BodyGuard
// first (see body_guard.hpp). Everything else goes straight to the TCP socket. After a refused
// body the connection closes gently: the response goes out, then what the client still sends is
// read and dropped for a moment, so that the client reads the 413 instead of a reset.
#pragma once

#include <array>
#include <memory>
#include <restinio/asio_include.hpp>
#include <restinio/tls_fwd.hpp>
#include <string>
#include <utility>

#include "http/body_guard.hpp"

namespace shop::http {

class GuardedSocket {
 public:
  using executor_type = restinio::default_asio_executor;

  // Every socket's guard asks `limit_for` (set once, before the server accepts connections).
  static void SetBodyLimits(BodyLimitFor limit_for);

  explicit GuardedSocket(asio::io_context& io_context);
  // The acceptor moves each accepted socket out of its pool and accepts the next connection on
  // the one moved from: that one gets a guard of its own, so a move allocates and may throw.
  GuardedSocket(GuardedSocket&& other);             // NOLINT(performance-noexcept-move-constructor)
  GuardedSocket& operator=(GuardedSocket&& other);  // NOLINT(performance-noexcept-move-constructor)
  GuardedSocket(const GuardedSocket&) = delete;
  GuardedSocket& operator=(const GuardedSocket&) = delete;

  asio::ip::tcp::socket& lowest_layer() { return socket_; }
  const asio::ip::tcp::socket& lowest_layer() const { return socket_; }
  auto get_executor() { return socket_.get_executor(); }
  auto remote_endpoint() const { return socket_.remote_endpoint(); }
  bool is_open() const { return socket_.is_open(); }
  template <typename... Args>
  void cancel(Args&&... args) {
    socket_.cancel(std::forward<Args>(args)...);
  }
  template <typename... Args>
  auto async_write_some(Args&&... args) {
    return socket_.async_write_some(std::forward<Args>(args)...);
  }
  // After a refused body, only the sending side is shut (see close).
  void shutdown(asio::ip::tcp::socket::shutdown_type how, asio::error_code& error);
  // After a refused body, hands the socket to a short drain of what the client still sends.
  void close(asio::error_code& error);
  void close();

  template <typename Buffers, typename Handler>
  void async_read_some(const Buffers& buffers, Handler&& handler) {
    auto executor = asio::get_associated_executor(handler, socket_.get_executor());
    if (!state_->ready.empty()) {
      const std::size_t copied = TakeReady(buffers);
      asio::post(executor,
                 [handler = std::forward<Handler>(handler), copied]() mutable { handler(asio::error_code{}, copied); });
      return;
    }
    socket_.async_read_some(asio::buffer(state_->raw),
                            asio::bind_executor(executor, [this, buffers, handler = std::forward<Handler>(handler)](
                                                              const asio::error_code& error, std::size_t got) mutable {
                              if (error) {
                                handler(error, 0);
                                return;
                              }
                              state_->guard.Feed(state_->raw.data(), got, state_->ready);
                              if (state_->ready.empty()) {
                                async_read_some(buffers, std::move(handler));  // nothing to hand on yet
                                return;
                              }
                              // On the handler's executor already: no second trip through it.
                              handler(asio::error_code{}, TakeReady(buffers));
                            }));
  }

 private:
  // Copies into `buffers` what is ready to be read; returns how many bytes.
  template <typename Buffers>
  std::size_t TakeReady(const Buffers& buffers) {
    const std::size_t copied = asio::buffer_copy(
        buffers, asio::buffer(state_->ready.data() + state_->ready_at, state_->ready.size() - state_->ready_at));
    state_->ready_at += copied;
    if (state_->ready_at == state_->ready.size()) {
      state_->ready.clear();
      state_->ready_at = 0;
    }
    return copied;
  }

  struct State {
    explicit State(BodyLimitFor limit_for) : guard(std::move(limit_for)) {}
    BodyGuard guard;
    std::array<char, 16 * 1024> raw;
    std::string ready;  // guarded bytes for the HTTP layer, read up to ready_at
    std::size_t ready_at = 0;
  };
  asio::ip::tcp::socket socket_;
  std::unique_ptr<State> state_;
};

// What RESTinio asks of a socket type that is not its own TCP or TLS socket (found by ADL, so
// the names are RESTinio's).
// NOLINTBEGIN(readability-identifier-naming)
template <typename Connection, typename StartRead, typename Failed>
void prepare_connection_and_start_read(GuardedSocket&, Connection&, StartRead start_read, Failed) {
  start_read();
}
inline restinio::impl::tls_socket_t* make_tls_socket_pointer_for_state_listener(GuardedSocket&) noexcept {
  return nullptr;
}
// NOLINTEND(readability-identifier-naming)

}  // namespace shop::http

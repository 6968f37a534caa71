#include "http/guarded_socket.hpp"

#include <chrono>
#include <limits>

namespace shop::http {
namespace {

// How much of a refused body is read and dropped at most before the connection is closed anyway.
constexpr std::size_t kMaxDrained = 8u << 20;

BodyLimitFor& Limits() {
  static BodyLimitFor limits = [](std::string_view, std::string_view) {
    return std::numeric_limits<std::size_t>::max();
  };
  return limits;
}

// A closed connection whose client may still be sending a refused body: read and dropped for up
// to a few seconds or a few MiB, then closed.
class Drain : public std::enable_shared_from_this<Drain> {
 public:
  explicit Drain(asio::ip::tcp::socket socket) : socket_(std::move(socket)), timer_(socket_.get_executor()) {}

  void Start() {
    timer_.expires_after(std::chrono::seconds(2));
    timer_.async_wait([self = shared_from_this()](const asio::error_code& error) {
      if (!error) self->Close();
    });
    Read();
  }

 private:
  void Read() {
    socket_.async_read_some(asio::buffer(buffer_),
                            [self = shared_from_this()](const asio::error_code& error, std::size_t got) {
                              self->drained_ += got;
                              if (error || self->drained_ > kMaxDrained) {
                                self->Close();
                                return;
                              }
                              self->Read();
                            });
  }
  void Close() {
    asio::error_code ignored;
    timer_.cancel();
    socket_.close(ignored);
  }

  asio::ip::tcp::socket socket_;
  asio::steady_timer timer_;
  std::array<char, 16 * 1024> buffer_;
  std::size_t drained_ = 0;
};

}  // namespace

void GuardedSocket::SetBodyLimits(BodyLimitFor limit_for) { Limits() = std::move(limit_for); }

GuardedSocket::GuardedSocket(asio::io_context& io_context)
    : socket_(io_context), state_(std::make_unique<State>(Limits())) {}

GuardedSocket::GuardedSocket(GuardedSocket&& other)  // NOLINT(performance-noexcept-move-constructor)
    : socket_(std::move(other.socket_)), state_(std::exchange(other.state_, std::make_unique<State>(Limits()))) {}

GuardedSocket& GuardedSocket::operator=(GuardedSocket&& other) {  // NOLINT(performance-noexcept-move-constructor)
  socket_ = std::move(other.socket_);
  state_ = std::exchange(other.state_, std::make_unique<State>(Limits()));
  return *this;
}

void GuardedSocket::shutdown(asio::ip::tcp::socket::shutdown_type how, asio::error_code& error) {
  socket_.shutdown(state_->guard.refused() ? asio::ip::tcp::socket::shutdown_send : how, error);
}

void GuardedSocket::close(asio::error_code& error) {
  if (state_->guard.refused() && socket_.is_open()) {
    std::make_shared<Drain>(std::move(socket_))->Start();
    return;
  }
  socket_.close(error);
}

void GuardedSocket::close() {
  asio::error_code ignored;
  close(ignored);
}

}  // namespace shop::http

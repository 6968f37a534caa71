#include "db/pool.hpp"

namespace shop::db {

Pool::Pool(std::string url, int size, std::chrono::milliseconds acquire_timeout)
    : url_(std::move(url)), size_(size), acquire_timeout_(acquire_timeout) {}

Pool::Lease::~Lease() {
  if (connection_) pool_->Release(std::move(connection_));
}

Pool::Lease Pool::Acquire() {
  const auto deadline = std::chrono::steady_clock::now() + acquire_timeout_;
  std::unique_ptr<Connection> connection;
  {
    std::unique_lock lock(mutex_);
    while (idle_.empty() && out_ >= size_) {
      if (closed_) throw Unavailable("the database pool is closed");
      if (available_.wait_until(lock, deadline) == std::cv_status::timeout && idle_.empty() && out_ >= size_) {
        throw Unavailable("no database connection became free in time");
      }
    }
    if (closed_) throw Unavailable("the database pool is closed");
    ++out_;
    if (!idle_.empty()) {
      connection = std::move(idle_.back());
      idle_.pop_back();
    }
  }
  try {
    if (connection && !connection->IsHealthy()) connection.reset();
    if (!connection) {
      const auto left =
          std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
      connection =
          Connection::Open(url_, std::max(left, std::chrono::milliseconds(200)), Connection::Reconnect::kWhenSafe);
    }
  } catch (...) {
    Release(nullptr);
    throw;
  }
  return Lease(*this, std::move(connection));
}

void Pool::Release(std::unique_ptr<Connection> connection) {
  if (connection && PQtransactionStatus(connection->raw()) != PQTRANS_IDLE) connection.reset();
  {
    std::lock_guard lock(mutex_);
    --out_;
    if (connection && !closed_) idle_.push_back(std::move(connection));
  }
  available_.notify_one();
}

bool Pool::Ping() {
  try {
    auto lease = Acquire();
    lease->ExecScript("SELECT 1");
    return true;
  } catch (const Unavailable&) {
    return false;
  }
}

void Pool::Close() {
  std::vector<std::unique_ptr<Connection>> closing;
  {
    std::lock_guard lock(mutex_);
    closed_ = true;
    closing.swap(idle_);
  }
  available_.notify_all();
}

}  // namespace shop::db

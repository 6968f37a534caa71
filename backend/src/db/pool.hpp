// A small, bounded pool of PostgreSQL connections shared by the worker threads.
#pragma once

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "db/connection.hpp"

namespace shop::db {

class Pool {
 public:
  // `size` connections at most, opened lazily and reopened after an outage.
  Pool(std::string url, int size, std::chrono::milliseconds acquire_timeout = std::chrono::milliseconds(1000));
  Pool(const Pool&) = delete;
  Pool& operator=(const Pool&) = delete;

  // A connection borrowed from the pool; it goes back when the lease ends. A connection left
  // inside a transaction or broken is closed rather than handed out again.
  class Lease {
   public:
    Lease(Pool& pool, std::unique_ptr<Connection> connection) : pool_(&pool), connection_(std::move(connection)) {}
    Lease(Lease&& other) noexcept = default;
    Lease& operator=(Lease&&) = delete;
    ~Lease();
    Connection& operator*() { return *connection_; }
    Connection* operator->() { return connection_.get(); }

   private:
    Pool* pool_;
    std::unique_ptr<Connection> connection_;
  };

  // Waits up to the acquire timeout for a free connection, connecting if needed.
  // Throws Unavailable when the database cannot be reached or the pool stays exhausted.
  Lease Acquire();

  // True when a connection can be had and answers a trivial query.
  bool Ping();

  // Closes the idle connections; leases still out close theirs when they end.
  void Close();

  int size() const { return size_; }

 private:
  void Release(std::unique_ptr<Connection> connection);

  const std::string url_;
  const int size_;
  const std::chrono::milliseconds acquire_timeout_;
  std::mutex mutex_;
  std::condition_variable available_;
  std::vector<std::unique_ptr<Connection>> idle_;
  int out_ = 0;  // connections leased out or being opened
  bool closed_ = false;
};

}  // namespace shop::db

// Housekeeping: a background thread that deletes what has outlived its use (expired tokens,
// idempotency keys past their 24 hours, delivered mail after 30 days), at start-up and then hourly.
#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "db/pool.hpp"

namespace shop::app {

class Housekeeping {
 public:
  explicit Housekeeping(db::Pool& pool, std::chrono::seconds interval = std::chrono::hours(1))
      : pool_(pool), interval_(interval) {}
  ~Housekeeping() { Stop(); }
  Housekeeping(const Housekeeping&) = delete;
  Housekeeping& operator=(const Housekeeping&) = delete;

  void Start();
  // Returns once the thread has ended; a sweep in progress finishes first.
  void Stop();

 private:
  void Run();
  // One sweep; logs what it deleted. An outage is logged and the next sweep tries again.
  void Sweep();

  db::Pool& pool_;
  const std::chrono::seconds interval_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace shop::app
